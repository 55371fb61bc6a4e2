package dev.stagingpro.sandbox.api;

import java.util.List;

/** The areas for price lists, promotions with their coupon codes, and shipping zones. */
final class PricingAreas {
  private PricingAreas() {}

  static List<ApiArea> all() {
    return List.of(
        new PriceListsApi(),
        new PriceRecordsApi(),
        new PriceListAssignmentsApi(),
        new ShippingZonesApi(),
        new PromotionsApi(),
        new CouponCodesApi());
  }
}
