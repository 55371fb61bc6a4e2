package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import java.util.List;
import java.util.function.Function;

/**
 * Price-list answers page by cursor or page number like other v3 lists (both blocks unless a
 * cursor or page is asked for), but their offset block carries no links.
 */
final class PriceListPages {
  private PriceListPages() {}

  static Response page(Request request, List<ObjectNode> items, Function<ObjectNode, ObjectNode> render) {
    ObjectNode body = Pages.cursorOrOffsetBody(request, items, "id", true, render);
    JsonNode pagination = body.path("meta").path("pagination");
    if (pagination.isObject()) {
      ((ObjectNode) pagination).remove("links");
    }
    return Response.ok(body);
  }
}
