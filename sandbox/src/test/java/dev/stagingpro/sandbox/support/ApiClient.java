package dev.stagingpro.sandbox.support;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.sandbox.SandboxStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client for the sandbox's own tests (java.net.http, not the connector). Every
 * request and answer is checked against the official OpenAPI files; a divergence fails the test.
 * {@link #responseOnly()} skips the request check for tests that send invalid requests on
 * purpose; {@link #unchecked()} skips both (undocumented endpoints, missing tokens).
 */
public final class ApiClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String storeUrl;
  private final String token;
  private final boolean checkRequest;
  private final boolean checkResponse;

  private ApiClient(String storeUrl, String token, boolean checkRequest, boolean checkResponse) {
    this.storeUrl = storeUrl;
    this.token = token;
    this.checkRequest = checkRequest;
    this.checkResponse = checkResponse;
  }

  public static ApiClient of(SandboxStore store) {
    return new ApiClient(store.apiUrl() + "/stores/" + store.hash(), store.token().reveal(), true, true);
  }

  public ApiClient withToken(String otherToken) {
    return new ApiClient(storeUrl, otherToken, checkRequest, checkResponse);
  }

  public ApiClient responseOnly() {
    return new ApiClient(storeUrl, token, false, true);
  }

  public ApiClient unchecked() {
    return new ApiClient(storeUrl, token, false, false);
  }

  public ApiResponse get(String path) {
    return send("GET", path, null, null);
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, null, null);
  }

  public ApiResponse post(String path, Object body) {
    return send("POST", path, json(body), "application/json");
  }

  public ApiResponse put(String path, Object body) {
    return send("PUT", path, json(body), "application/json");
  }

  /** A multipart/form-data POST with one file part. */
  public ApiResponse upload(String path, String field, String fileName, byte[] content) {
    String boundary = "----sandbox" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  public ApiResponse send(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(storeUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (token != null) {
      builder.header("X-Auth-Token", token);
      headers.put("X-Auth-Token", token);
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
      headers.put("Content-Type", contentType);
    }
    HttpResponse<byte[]> response;
    try {
      response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body());
    if (checkResponse) {
      verify(method, path, headers, body, answer);
    }
    return answer;
  }

  private void verify(String method, String path, Map<String, String> headers, byte[] body, ApiResponse answer) {
    int q = path.indexOf('?');
    String bare = q < 0 ? path : path.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    List<String> problems = Contracts.get().check(new Contracts.Exchange(
        method, bare, query, headers, body, answer.status(), answer.headers().map(), answer.body()), checkRequest);
    if (!problems.isEmpty()) {
      fail("Contract violation for " + method + " " + path + " -> " + answer.status() + "\n  "
          + String.join("\n  ", problems) + "\n  body: " + abbreviate(answer.text()));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  private static byte[] json(Object body) {
    try {
      if (body instanceof String text) {
        return text.getBytes(StandardCharsets.UTF_8);
      }
      if (body instanceof JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
      }
      return MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
