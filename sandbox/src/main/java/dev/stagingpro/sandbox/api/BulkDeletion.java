package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.state.Json;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The promotions API's bulk delete by {@code id:in} (promotions 50, coupon codes 250): the ids it
 * can delete are deleted; the others are reported by index in one 422 with {@code meta} counts.
 */
final class BulkDeletion {
  private BulkDeletion() {}

  /** {@code delete} removes one id or throws the reason it cannot. */
  static Response run(Request request, int max, LongConsumer delete) {
    List<Long> ids = request.longs("id:in");
    if (ids.isEmpty()) {
      throw ApiException.unprocessable("id:in", "Parameter id:in is required");
    }
    if (ids.size() > max) {
      throw ApiException.unprocessable("id:in", "At most " + max + " ids can be deleted at once, got " + ids.size());
    }
    ObjectNode errors = Json.object();
    for (int i = 0; i < ids.size(); i++) {
      try {
        delete.accept(ids.get(i));
      } catch (ApiException e) {
        boolean detailed = e.errors() != null && !e.errors().isEmpty();
        errors.put(i + "." + (detailed ? e.errors().fieldNames().next() : "id"), "Failed for id=" + ids.get(i)
            + ". Error: " + (detailed ? e.errors().elements().next().asText() : e.title()));
      }
    }
    if (errors.isEmpty()) {
      return Response.noContent();
    }
    ObjectNode body = Json.object();
    ObjectNode error = body.putArray("errors").addObject();
    error.put("status", 422);
    error.put("title", "Errors occurred in bulk delete action.");
    error.put("type", ApiException.TYPE);
    error.set("errors", errors);
    ObjectNode meta = body.putObject("meta");
    meta.put("total", ids.size());
    meta.put("success", ids.size() - errors.size());
    meta.put("failed", errors.size());
    return Response.json(422, body).committing();
  }
}
