package dev.stagingpro.sandbox.support;

import dev.stagingpro.sandbox.support.KnownSpecGaps.Gap;
import java.util.List;
import java.util.regex.Pattern;

/** {@link KnownSpecGaps} of the price-list, promotion and shipping-zone files. */
final class PricingSpecGaps {
  static final List<Gap> GAPS = List.of(
      new Gap("price_lists.v3.yml", "DELETE /v3/pricelists.*", "validation.response.body.missing",
          Pattern.compile("no response body found"),
          "the 204 answers of the price-list deletes declare a body schema; a 204 answer has no body"),
      new Gap("shipping.v2.yml", ".* /v2/shipping/zones/\\d+", "validation.request.parameter.schema.processingError",
          Pattern.compile("exclusiveM(ax|in)imum must be paired"),
          "the zone id parameter's schema is not valid JSON Schema (exclusive bounds without bounds)"),
      new Gap("promotions.v3.yml", "PUT /v3/promotions/\\d+", "validation.request.body.schema.oneOf",
          Pattern.compile("matched 2 out of 2"),
          "an update of an automatic promotion fits both patch schemas (the automatic one is a subset of the coupon one)"));

  private PricingSpecGaps() {}
}
