package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/** A complete answer of the store: status, headers and the body bytes. */
record ApiResponse(int status, Headers headers, byte[] body) {
  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** A header by name, case-insensitively (stores may send them in lower case). */
  String header(String name) {
    return headers.get(name);
  }

  /** The body as JSON; a missing node for an empty or non-JSON body. */
  JsonNode json() {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** The v3 {@code data} member, or the whole body for v2 (which has no envelope). */
  JsonNode data() {
    JsonNode root = json();
    return root.has("data") ? root.get("data") : root;
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
