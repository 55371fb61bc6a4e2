package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;

/**
 * Price lists ({@code /v3/pricelists}): name required and unique without regard to case (409),
 * {@code active} defaults to true; deleting a list removes its records and assignments. Deleting
 * one list runs at most once at a time per store.
 */
public final class PriceListsApi implements ApiArea {
  public static final TableSpec PRICE_LISTS = TableSpec.of("price_lists", "price_list", "name").ignoringCase("name");
  static final int DELETE_CONCURRENCY = 1;

  @Override
  public void register(Routes routes) {
    routes.get("/v3/pricelists", PriceListsApi::list);
    routes.post("/v3/pricelists", r -> Response.data(save(r, null, r.jsonObject())));
    routes.delete("/v3/pricelists", PriceListsApi::deleteMatching);
    routes.get("/v3/pricelists/{price_list_id}", r -> Response.data(priceList(r)));
    routes.put("/v3/pricelists/{price_list_id}", r -> Response.data(save(r, priceList(r), r.jsonObject())));
    routes.delete("/v3/pricelists/{price_list_id}", r -> {
      remove(r, priceList(r).get("id").asLong());
      return Response.noContent();
    }).concurrencyCap(DELETE_CONCURRENCY);
  }

  /** The list named by the path's {@code price_list_id}, or 404. */
  static ObjectNode priceList(Request request) {
    return request.table(PRICE_LISTS).require(request.id("price_list_id"), "Price list");
  }

  private static Response list(Request request) {
    List<ObjectNode> lists = filter(request).apply(request.table(PRICE_LISTS).all());
    return PriceListPages.page(request, lists, l -> l);
  }

  private static Filter filter(Request request) {
    return Filter.of(request).in("id:in", "id").eqIgnoreCase("name", "name").like("name:like", "name")
        .eq("date_created", "date_created").eq("date_modified", "date_modified")
        .dateRange("date_created").dateRange("date_modified");
  }

  private static ObjectNode save(Request request, ObjectNode existing, ObjectNode body) {
    Table lists = request.table(PRICE_LISTS);
    ObjectNode priceList = existing == null ? lists.blank() : existing;
    long id = existing == null ? 0 : existing.get("id").asLong();
    if (existing == null || body.has("name")) {
      String name = Check.text(body, "name", 255);
      for (ObjectNode other : lists.where("name", name)) {
        if (other.get("id").asLong() != id) {
          throw ApiException.conflict("A price list named '" + name + "' already exists", "name",
              "Price list names must be unique (price list " + other.get("id").asLong() + ")");
        }
      }
      priceList.put("name", name);
    }
    if (body.has("active")) {
      if (!body.get("active").isBoolean()) {
        throw ApiException.unprocessable("active", "active must be true or false");
      }
      priceList.put("active", body.get("active").asBoolean());
    }
    String now = Times.v3(request.now());
    if (existing == null) {
      priceList.put("id", lists.nextId());
      priceList.put("date_created", now);
    }
    priceList.put("date_modified", now);
    lists.save(priceList);
    return priceList;
  }

  private static Response deleteMatching(Request request) {
    for (ObjectNode priceList : Filter.of(request).in("id:in", "id").eqIgnoreCase("name", "name")
        .apply(request.table(PRICE_LISTS).all())) {
      remove(request, priceList.get("id").asLong());
    }
    return Response.noContent();
  }

  private static void remove(Request request, long id) {
    request.table(PRICE_LISTS).delete(id);
    PriceRecordsApi.deleteAllOf(request, id);
    PriceListAssignmentsApi.deleteAllOf(request, id);
  }
}
