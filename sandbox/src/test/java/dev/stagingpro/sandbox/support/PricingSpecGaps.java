package dev.stagingpro.sandbox.support;

import dev.stagingpro.sandbox.support.KnownSpecGaps.Gap;
import java.util.List;
import java.util.regex.Pattern;

/** {@link KnownSpecGaps} of the price-list, promotion and shipping-zone files. */
final class PricingSpecGaps {
  static final List<Gap> GAPS = List.of(
      new Gap("price_lists.v3.yml", "DELETE /v3/pricelists.*", "validation.response.body.missing",
          Pattern.compile("no response body found"),
          "the 204 answers of the price-list deletes declare a body schema; a 204 answer has no body"));

  private PricingSpecGaps() {}
}
