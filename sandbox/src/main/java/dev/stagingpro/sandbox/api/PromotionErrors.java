package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.RouteHandler;
import dev.stagingpro.sandbox.state.Json;

/**
 * The promotions API answers errors as {@code {errors: [{status, title}]}} (its own ErrorResponse)
 * instead of the usual v3 errors map; each field problem becomes one entry naming the field.
 */
final class PromotionErrors {
  private PromotionErrors() {}

  /** The handler with its errors in the promotions shape (the request is still rolled back). */
  static RouteHandler shaped(RouteHandler handler) {
    return request -> {
      try {
        return handler.handle(request);
      } catch (ApiException e) {
        return Response.json(e.status(), body(e));
      }
    };
  }

  static ObjectNode body(ApiException e) {
    ObjectNode body = Json.object();
    body.put("title", e.title());
    body.put("type", ApiException.TYPE);
    ArrayNode errors = body.putArray("errors");
    if (e.errors() == null || e.errors().isEmpty()) {
      errors.addObject().put("status", e.status()).put("title", e.title());
    } else {
      e.errors().fields().forEachRemaining(f ->
          errors.addObject().put("status", e.status()).put("title", f.getKey() + ": " + f.getValue().asText()));
    }
    return body;
  }
}
