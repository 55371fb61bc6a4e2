package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;

/** Complex rules: price/weight/purchasability adjustments under conditions; equal conditions twice are a 409. */
public final class ComplexRulesApi extends ProductChild {
  private static final String[] CONDITION_FIELDS = {"modifier_id", "modifier_value_id", "variant_id"};

  public ComplexRulesApi() {
    super(Catalog.COMPLEX_RULES, "complex-rules", "complex_rule_id", "Complex rule");
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    JsonNode given = body.has("conditions") ? body.get("conditions") : record.get("conditions");
    if (given == null || !given.isArray() || given.isEmpty()) {
      throw ApiException.unprocessable("conditions", "A complex rule needs at least one condition");
    }
    ArrayNode conditions = Json.array();
    for (JsonNode condition : given) {
      ObjectNode normalized = conditions.addObject();
      for (String field : CONDITION_FIELDS) {
        JsonNode value = condition.get(field);
        if (value == null || value.isNull()) {
          normalized.putNull(field);
        } else {
          normalized.put(field, value.asLong());
        }
      }
    }
    for (ObjectNode other : of(request, product.get("id").asLong())) {
      if (other.get("id").asLong() != record.path("id").asLong() && Json.same(other.get("conditions"), conditions)) {
        throw ApiException.conflict("A complex rule with these conditions already exists", "conditions",
            "Duplicate of rule " + other.get("id"));
      }
    }
    copy(body, record, "sort_order", "enabled", "stop", "purchasing_disabled", "purchasing_disabled_message",
        "purchasing_hidden", "image_url", "price_adjuster", "weight_adjuster");
    record.set("conditions", conditions);
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    record.path("conditions").forEach(c -> ((ObjectNode) c).put("rule_id", record.get("id").asLong()));
    return record;
  }
}
