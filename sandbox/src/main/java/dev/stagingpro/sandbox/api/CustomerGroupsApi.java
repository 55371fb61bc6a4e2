package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Set;

/**
 * Customer groups (v2, bare JSON): name unique (409), discount rules replaced as a whole, a
 * price_list rule must be the only rule, one guest group per store; deleting a group moves its
 * customers to no group. At most 40 of these requests at once.
 */
public final class CustomerGroupsApi implements ApiArea {
  public static final TableSpec GROUPS = TableSpec.of("customer_groups", "customer_group", "name").ignoringCase("name");
  private static final int CONCURRENCY = 40;
  private static final Set<String> FIELDS = Set.of("name", "is_default", "category_access", "discount_rules", "is_group_for_guests");

  @Override
  public void register(Routes routes) {
    routes.get("/v2/customer_groups", CustomerGroupsApi::list).concurrencyCap(CONCURRENCY);
    routes.post("/v2/customer_groups", r -> Response.ok(save(r, null, r.jsonObject()))).concurrencyCap(CONCURRENCY);
    routes.get("/v2/customer_groups/count", r -> {
      ObjectNode body = Json.object();
      body.put("count", r.table(GROUPS).size());
      return Response.ok(body);
    }).concurrencyCap(CONCURRENCY);
    routes.get("/v2/customer_groups/{customer_group_id}", r -> Response.ok(group(r))).concurrencyCap(CONCURRENCY);
    routes.put("/v2/customer_groups/{customer_group_id}", r -> Response.ok(save(r, group(r), r.jsonObject())))
        .concurrencyCap(CONCURRENCY);
    routes.delete("/v2/customer_groups/{customer_group_id}", r -> {
      remove(r, group(r).get("id").asLong());
      return Response.noContent();
    }).concurrencyCap(CONCURRENCY);
  }

  private static ObjectNode group(Request request) {
    return request.table(GROUPS).require(request.id("customer_group_id"), "Customer group");
  }

  private static Response list(Request request) {
    List<ObjectNode> groups = Filter.of(request).eq("name", "name").like("name:like", "name")
        .bool("is_default", "is_default").bool("is_group_for_guests", "is_group_for_guests")
        .apply(request.table(GROUPS).all());
    return Pages.v2(request, groups);
  }

  private static ObjectNode save(Request request, ObjectNode existing, ObjectNode body) {
    Table groups = request.table(GROUPS);
    ObjectNode group = existing == null ? groups.blank() : existing;
    long id = existing == null ? 0 : existing.get("id").asLong();
    if (existing == null || body.has("name")) {
      String name = Check.text(body, "name", 255);
      for (ObjectNode other : groups.where("name", name)) {
        if (other.get("id").asLong() != id) {
          throw ApiException.conflict("A customer group named '" + name + "' already exists", "name", name);
        }
      }
    }
    checkDiscountRules(body.get("discount_rules"));
    if (body.path("is_group_for_guests").asBoolean()) {
      for (ObjectNode other : groups.all()) {
        if (other.get("id").asLong() != id && other.path("is_group_for_guests").asBoolean()) {
          throw ApiException.unprocessable("is_group_for_guests", "Group " + other.get("id") + " is already the guest group");
        }
      }
    }
    Json.copyFields(body, group, FIELDS);
    String now = Times.v2(request.now());
    if (existing == null) {
      group.put("id", groups.nextId());
      group.put("date_created", now);
    }
    group.put("date_modified", now);
    if (group.path("is_default").asBoolean()) {
      for (ObjectNode other : groups.all()) {
        if (other.get("id").asLong() != group.get("id").asLong() && other.path("is_default").asBoolean()) {
          other.put("is_default", false);
          groups.save(other);
        }
      }
    }
    groups.save(group);
    return group;
  }

  private static void checkDiscountRules(JsonNode rules) {
    if (rules == null || rules.isNull()) {
      return;
    }
    if (!rules.isArray()) {
      throw ApiException.unprocessable("discount_rules", "discount_rules must be an array");
    }
    boolean priceList = false;
    int all = 0;
    for (JsonNode rule : rules) {
      String type = rule.path("type").asText();
      if (!Set.of("price_list", "all", "category", "product").contains(type)) {
        throw ApiException.unprocessable("discount_rules.type", "Unknown discount rule type '" + type + "'");
      }
      priceList |= "price_list".equals(type);
      all += "all".equals(type) ? 1 : 0;
    }
    if (priceList && rules.size() > 1) {
      throw ApiException.unprocessable("discount_rules", "A price_list rule must be the only discount rule");
    }
    if (all > 1) {
      throw ApiException.unprocessable("discount_rules", "A group has at most one 'all' rule");
    }
  }

  private static void remove(Request request, long id) {
    request.table(GROUPS).delete(id);
    request.table(CustomersApi.CUSTOMERS).updateWhere("customer_group_id", id, c -> c.put("customer_group_id", 0));
  }
}
