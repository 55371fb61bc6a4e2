package dev.stagingpro.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An answer from the sandbox as a client sees it. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + text(), e);
    }
  }

  /** The v3 envelope's {@code data}. */
  public JsonNode data() {
    return json().get("data");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return status + " " + text();
  }
}
