package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * One request to the store API, named by its endpoint template ({@code /catalog/products/{product_id}})
 * so metrics, concurrency caps and error messages group by endpoint rather than by record.
 * Immutable; the {@code with...} methods return copies.
 *
 * @param version {@code v2} or {@code v3}
 */
record ApiRequest(
    String method, String version, String template, List<Object> pathArgs, Map<String, String> query, RequestBody body) {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

  ApiRequest {
    pathArgs = List.copyOf(pathArgs);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  static ApiRequest of(String method, String version, String template, Object... pathArgs) {
    return new ApiRequest(method, version, template, List.of(pathArgs), Map.of(), null);
  }

  static ApiRequest get(String version, String template, Object... pathArgs) {
    return of("GET", version, template, pathArgs);
  }

  ApiRequest withQuery(String name, Object value) {
    Map<String, String> copy = new LinkedHashMap<>(query);
    copy.put(name, String.valueOf(value));
    return new ApiRequest(method, version, template, pathArgs, copy, body);
  }

  ApiRequest withQuery(Map<String, String> more) {
    Map<String, String> copy = new LinkedHashMap<>(query);
    copy.putAll(more);
    return new ApiRequest(method, version, template, pathArgs, copy, body);
  }

  /** The request with {@code value} as its JSON body (nulls left out). */
  ApiRequest withJson(Object value) {
    try {
      return withBody(RequestBody.create(Json.MAPPER.writeValueAsBytes(value), JSON));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  ApiRequest withBody(RequestBody newBody) {
    return new ApiRequest(method, version, template, pathArgs, query, newBody);
  }

  /** {@code METHOD /vN/template}: the key for metrics, caps and messages. */
  String endpoint() {
    return method + " " + templatePath();
  }

  /** {@code /vN/template}. */
  String templatePath() {
    return "/" + version + template;
  }

  /** The template with its placeholders filled, each argument as one path segment. */
  List<String> pathSegments() {
    List<String> segments = new ArrayList<>();
    int next = 0;
    for (String part : template.substring(1).split("/")) {
      Matcher m = PLACEHOLDER.matcher(part);
      if (m.matches()) {
        if (next >= pathArgs.size()) {
          throw new IllegalStateException("missing path argument for " + part + " in " + template);
        }
        segments.add(String.valueOf(pathArgs.get(next++)));
      } else {
        segments.add(part);
      }
    }
    if (next != pathArgs.size()) {
      throw new IllegalStateException("too many path arguments for " + template);
    }
    return segments;
  }

  long bodyLength() {
    if (body == null) {
      return 0;
    }
    try {
      return Math.max(0, body.contentLength());
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
