package dev.stagingpro.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.ApiAccount;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One API call as a route handler sees it: store, account, path parameters, query and body. */
public final class Request {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> params;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final SandboxStore store;
  private final ApiAccount account;
  private JsonNode json;

  public Request(
      String method,
      String path,
      String rawQuery,
      Map<String, String> params,
      Map<String, List<String>> headers,
      byte[] body,
      SandboxStore store,
      ApiAccount account) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.params = params;
    this.query = parseQuery(rawQuery);
    this.headers = headers;
    this.body = body;
    this.store = store;
    this.account = account;
  }

  public String method() {
    return method;
  }

  /** The path below the store, e.g. {@code /v3/catalog/products/5}. */
  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public SandboxStore store() {
    return store;
  }

  public ApiAccount account() {
    return account;
  }

  public Table table(TableSpec spec) {
    return store.data().table(spec);
  }

  public Instant now() {
    return store.clock().instant();
  }

  // ---- path parameters

  public String param(String name) {
    return params.get(name);
  }

  /** A numeric path parameter; a non-number answers 404 as an unknown id would. */
  public long id(String name) {
    try {
      return Long.parseLong(params.get(name));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("No resource " + params.get(name));
    }
  }

  // ---- query

  public boolean has(String name) {
    return query.containsKey(name);
  }

  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** All values of a comma-separated (or repeated) parameter, empty when absent. */
  public List<String> list(String name) {
    List<String> values = query.get(name);
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  public List<Long> longs(String name) {
    return convert(name, list(name), Long::parseLong);
  }

  public Integer integer(String name) {
    String value = query(name);
    return value == null ? null : convert(name, List.of(value), Integer::parseInt).get(0);
  }

  public int integer(String name, int fallback) {
    Integer value = integer(name);
    return value == null ? fallback : value;
  }

  public Long longQuery(String name) {
    String value = query(name);
    return value == null ? null : convert(name, List.of(value), Long::parseLong).get(0);
  }

  public Boolean bool(String name) {
    String value = query(name);
    if (value == null) {
      return null;
    }
    return "true".equalsIgnoreCase(value) || "1".equals(value);
  }

  private static <T> List<T> convert(String name, List<String> values, Function<String, T> parser) {
    List<T> out = new ArrayList<>(values.size());
    for (String value : values) {
      try {
        out.add(parser.apply(value.trim()));
      } catch (NumberFormatException e) {
        throw ApiException.unprocessable(name, "The filter '" + name + "' must be a number, got '" + value + "'");
      }
    }
    return out;
  }

  // ---- headers and body

  public String header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  public byte[] body() {
    return body;
  }

  /** The body as JSON; a body that is not JSON answers 400. */
  public JsonNode json() {
    if (json == null) {
      if (body == null || body.length == 0) {
        throw ApiException.unprocessable("body", "The request body is missing");
      }
      try {
        json = Json.parse(body);
      } catch (IOException e) {
        throw new ApiException(400, "The request body is not valid JSON", null);
      }
    }
    return json;
  }

  public ObjectNode jsonObject() {
    JsonNode node = json();
    if (!node.isObject()) {
      throw ApiException.unprocessable("body", "The request body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  public ArrayNode jsonArray() {
    JsonNode node = json();
    if (!node.isArray()) {
      throw ApiException.unprocessable("body", "The request body must be a JSON array");
    }
    return (ArrayNode) node;
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (key.endsWith("[]")) {
        key = key.substring(0, key.length() - 2);
      }
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
