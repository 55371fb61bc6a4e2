package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import java.util.Set;

/** Bulk pricing rules: quantity ranges (max 0 = no upper bound) that must not overlap (409). */
public final class BulkPricingRulesApi extends ProductChild {
  public BulkPricingRulesApi() {
    super(Catalog.BULK_PRICING_RULES, "bulk-pricing-rules", "bulk_pricing_rule_id", "Bulk pricing rule");
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    ObjectNode merged = record.deepCopy();
    copy(body, merged, "quantity_min", "quantity_max", "type", "amount");
    long min = (long) Check.number(merged, "quantity_min", true);
    long max = (long) Check.number(merged, "quantity_max", true);
    Check.oneOf(merged, "type", Set.of("price", "percent", "fixed"));
    Check.number(merged, "amount", true);
    if (max != 0 && max < min) {
      throw ApiException.unprocessable("quantity_max", "quantity_max must be 0 (no limit) or at least quantity_min");
    }
    for (ObjectNode other : of(request, product.get("id").asLong())) {
      if (other.get("id").asLong() == record.path("id").asLong()) {
        continue;
      }
      long otherMin = other.get("quantity_min").asLong();
      long otherMax = other.get("quantity_max").asLong();
      boolean overlaps = (max == 0 || max >= otherMin) && (otherMax == 0 || otherMax >= min);
      if (overlaps) {
        throw ApiException.conflict("The quantity range overlaps bulk pricing rule " + other.get("id"),
            "quantity_min", min + "-" + (max == 0 ? "any" : max));
      }
    }
    copy(body, record, "quantity_min", "quantity_max", "type", "amount");
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    record.remove("product_id");
    return record;
  }
}
