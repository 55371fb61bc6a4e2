package dev.stagingpro.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, an optional body and extra headers. */
public final class Response {
  private final int status;
  private final byte[] body;
  private final String contentType;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private boolean commits;

  private Response(int status, byte[] body, String contentType) {
    this.status = status;
    this.body = body;
    this.contentType = contentType;
  }

  public static Response json(int status, JsonNode body) {
    return new Response(status, Json.bytes(body), "application/json");
  }

  public static Response ok(JsonNode body) {
    return json(200, body);
  }

  /** The v3 envelope {data, meta} with an empty meta. */
  public static Response data(JsonNode data) {
    return data(200, data);
  }

  public static Response data(int status, JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.set("data", data);
    envelope.set("meta", Json.object());
    return json(status, envelope);
  }

  public static Response noContent() {
    return new Response(204, null, null);
  }

  /** An answer with this status and no body (where the API documents a success without content). */
  public static Response empty(int status) {
    return new Response(status, null, null);
  }

  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Keeps the request's changes although the status is not 2xx (a batch whose valid items were
   * saved while others failed, answered with 422 as BigCommerce does).
   */
  public Response committing() {
    commits = true;
    return this;
  }

  /** Whether the store keeps the request's changes. */
  public boolean commits() {
    return commits || isSuccess();
  }

  public int status() {
    return status;
  }

  public byte[] body() {
    return body;
  }

  public String contentType() {
    return contentType;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
