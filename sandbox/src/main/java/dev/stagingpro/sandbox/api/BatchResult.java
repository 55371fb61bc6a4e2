package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.state.Json;

/**
 * Item-by-item results of a batch that may partly succeed (the category-trees style): all saved
 * gives the success status, some saved gives 207 with {@code data}, {@code errors} and
 * {@code meta}; none saved gives the first failure's status (409 when every item was a
 * duplicate, else 422) with {@code errors} and {@code meta}.
 */
final class BatchResult {
  private final ArrayNode data = Json.array();
  private final ObjectNode errors = Json.object();
  private int total;
  private int failed;
  private boolean allConflicts = true;

  void saved(ObjectNode item) {
    total++;
    data.add(item);
  }

  void failed(int index, ApiException e) {
    total++;
    failed++;
    allConflicts &= e.status() == 409;
    errors.put(Integer.toString(index), e.title() + describe(e));
  }

  private static String describe(ApiException e) {
    if (e.errors() == null || e.errors().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(":");
    e.errors().fields().forEachRemaining(f -> out.append(' ').append(f.getKey()).append(": ").append(f.getValue().asText()));
    return out.toString();
  }

  boolean anySaved() {
    return failed < total;
  }

  Response response(int successStatus, boolean withData) {
    ObjectNode body = Json.object();
    int status = failed == 0 ? successStatus : anySaved() ? 207 : allConflicts ? 409 : 422;
    if (withData && status != 409 && status != 422) {
      body.set("data", data);
    }
    if (failed > 0) {
      ObjectNode error = body.putObject("errors");
      error.put("status", status == 207 ? 422 : status);
      error.put("title", status == 409 ? "Duplicate records" : "Some items could not be saved");
      error.put("type", ApiException.TYPE);
      error.set("errors", errors);
    }
    ObjectNode meta = body.putObject("meta");
    meta.put("total", total);
    meta.put("success", total - failed);
    meta.put("failed", failed);
    return Response.json(status, body);
  }
}
