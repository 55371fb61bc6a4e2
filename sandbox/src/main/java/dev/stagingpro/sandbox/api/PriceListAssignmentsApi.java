package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Objects;

/**
 * Which price list applies to a customer group, a channel, or a group on a channel: one list per
 * such target. Batch create takes 25 and saves the valid items (422 with {@code meta.saved_records}
 * for the rest); a group with its own discount rules cannot take a price list; the single upsert
 * moves a group/channel target to its list (25 at once). Assignments of deleted groups are gone.
 */
public final class PriceListAssignmentsApi implements ApiArea {
  public static final TableSpec ASSIGNMENTS =
      TableSpec.of("price_list_assignments", "price_list_assignment", "price_list_id", "customer_group_id");
  public static final int BATCH_LIMIT = 25;
  private static final String PATH = "/v3/pricelists/assignments";

  @Override
  public void register(Routes routes) {
    routes.get(PATH, PriceListAssignmentsApi::list);
    routes.post(PATH, PriceListAssignmentsApi::create);
    routes.delete(PATH, PriceListAssignmentsApi::deleteMatching);
    routes.put("/v3/pricelists/{price_list_id}/assignments", PriceListAssignmentsApi::upsert).concurrencyCap(25);
  }

  static void deleteAllOf(Request request, long priceListId) {
    Table assignments = request.table(ASSIGNMENTS);
    for (ObjectNode assignment : assignments.where("price_list_id", priceListId)) {
      assignments.delete(assignment.get("id").asLong());
    }
  }

  private static Response list(Request request) {
    List<ObjectNode> found = filter(request).apply(live(request));
    return PriceListPages.page(request, found, PriceListAssignmentsApi::render);
  }

  private static Filter filter(Request request) {
    return Filter.of(request).eq("id", "id").in("id:in", "id")
        .eq("price_list_id", "price_list_id").in("price_list_id:in", "price_list_id")
        .eq("customer_group_id", "customer_group_id").in("customer_group_id:in", "customer_group_id")
        .eq("channel_id", "channel_id").in("channel_id:in", "channel_id");
  }

  /** Assignments whose customer group still exists: deleting a group drops its assignments. */
  private static List<ObjectNode> live(Request request) {
    Table groups = request.table(CustomerGroupsApi.GROUPS);
    return request.table(ASSIGNMENTS).filter(a -> !a.hasNonNull("customer_group_id")
        || groups.contains(a.get("customer_group_id").asLong()));
  }

  /** Nulls are left out: an assignment to a channel only has no customer group, and vice versa. */
  private static ObjectNode render(ObjectNode assignment) {
    ObjectNode out = Json.object();
    assignment.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull()) {
        out.set(f.getKey(), f.getValue());
      }
    });
    return out;
  }

  private static Response create(Request request) {
    ArrayNode items = Check.batch(request.json(), BATCH_LIMIT);
    ObjectNode errors = Json.object();
    int saved = 0;
    for (int i = 0; i < items.size(); i++) {
      ObjectNode item = (ObjectNode) items.get(i);
      try {
        long listId = Check.id(item, "price_list_id");
        if (!request.table(PriceListsApi.PRICE_LISTS).contains(listId)) {
          throw ApiException.unprocessable("price_list_id", "Price list " + listId + " does not exist");
        }
        Long group = target(request, item, "customer_group_id");
        Long channel = target(request, item, "channel_id");
        if (group == null && channel == null) {
          throw ApiException.unprocessable("customer_group_id", "An assignment needs a customer_group_id, a channel_id or both");
        }
        ObjectNode taken = assignmentOf(request, group, channel);
        if (taken != null) {
          throw ApiException.unprocessable("customer_group_id", "This customer group and channel already have price list "
              + taken.get("price_list_id").asLong() + " (assignment " + taken.get("id").asLong() + ")");
        }
        save(request, request.table(ASSIGNMENTS).blank(), listId, group, channel);
        saved++;
      } catch (ApiException e) {
        Check.atIndex(i, e).errors().fields().forEachRemaining(f -> errors.set(f.getKey(), f.getValue()));
      }
    }
    if (errors.isEmpty()) {
      return Response.empty(200);
    }
    ObjectNode body = Json.object();
    body.put("status", 422);
    body.put("title", (items.size() - saved) + " of " + items.size() + " price list assignments were not saved");
    body.put("type", ApiException.TYPE);
    body.set("errors", errors);
    body.putObject("meta").put("saved_records", saved);
    return Response.json(422, body).committing();
  }

  /** The optional group or channel of an item, checked to exist; null when not sent. */
  private static Long target(Request request, ObjectNode item, String field) {
    if (!item.hasNonNull(field)) {
      return null;
    }
    long id = Check.id(item, field);
    if ("channel_id".equals(field)) {
      ChannelsApi.requireExists(request, id, field);
      return id;
    }
    ObjectNode group = request.table(CustomerGroupsApi.GROUPS).find(id)
        .orElseThrow(() -> ApiException.unprocessable(field, "Customer group " + id + " does not exist"));
    for (JsonNode rule : group.path("discount_rules")) {
      if (!"price_list".equals(rule.path("type").asText())) {
        throw ApiException.unprocessable(field, "Customer group " + id
            + " has group discounts; remove them before assigning a price list");
      }
    }
    return id;
  }

  private static ObjectNode assignmentOf(Request request, Long group, Long channel) {
    return live(request).stream()
        .filter(a -> Objects.equals(longOrNull(a, "customer_group_id"), group)
            && Objects.equals(longOrNull(a, "channel_id"), channel))
        .findFirst().orElse(null);
  }

  private static Long longOrNull(ObjectNode record, String field) {
    return record.hasNonNull(field) ? record.get(field).asLong() : null;
  }

  private static ObjectNode save(Request request, ObjectNode assignment, long listId, Long group, Long channel) {
    Table assignments = request.table(ASSIGNMENTS);
    if (!assignment.hasNonNull("id") || assignment.get("id").asLong() == 0) {
      assignment.put("id", assignments.nextId());
    }
    assignment.put("price_list_id", listId);
    if (group != null) {
      assignment.put("customer_group_id", group);
    }
    if (channel != null) {
      assignment.put("channel_id", channel);
    }
    assignments.save(assignment);
    return assignment;
  }

  private static Response upsert(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    ObjectNode body = request.jsonObject();
    long group = Check.id(body, "customer_group_id");
    long channel = Check.id(body, "channel_id");
    if (!request.table(CustomerGroupsApi.GROUPS).contains(group) || !request.table(ChannelsApi.CHANNELS).contains(channel)) {
      throw ApiException.notFound("Customer group " + group + " or channel " + channel + " does not exist");
    }
    target(request, body, "customer_group_id");
    ObjectNode existing = assignmentOf(request, group, channel);
    ObjectNode assignment = existing == null ? request.table(ASSIGNMENTS).blank() : existing;
    return Response.data(render(save(request, assignment, listId, group, channel)));
  }

  private static Response deleteMatching(Request request) {
    Filter filter = Filter.of(request).eq("id", "id").eq("price_list_id", "price_list_id")
        .eq("customer_group_id", "customer_group_id").eq("channel_id", "channel_id").in("channel_id:in", "channel_id");
    if (!filter.isActive()) {
      throw ApiException.unprocessable("price_list_id", "Deleting assignments needs at least one filter");
    }
    Table assignments = request.table(ASSIGNMENTS);
    for (ObjectNode assignment : filter.apply(assignments.all())) {
      assignments.delete(assignment.get("id").asLong());
    }
    return Response.noContent();
  }
}
