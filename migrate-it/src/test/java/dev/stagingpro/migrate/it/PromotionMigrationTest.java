package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.CouponCode;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.Promotion;
import dev.stagingpro.core.store.model.PromotionCustomer;
import dev.stagingpro.core.store.model.ShippingZone;
import dev.stagingpro.core.store.model.ShippingZoneLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Promotions, whole: rules re-resolved on the destination, eligibility, and coupon codes. */
class PromotionMigrationTest extends TwoStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  void seed() {
    Catalog.seed(production);
    Catalog.assertComplete(production.customerGroups().create(List.of(CustomerGroup.named("Wholesale"))));
    Catalog.assertComplete(production.shippingZones().create(List.of(
        ShippingZone.of("Europe", "country", List.of(ShippingZoneLocation.country("DE"))),
        ShippingZone.of("Asia", "country", List.of(ShippingZoneLocation.country("JP"))))));
    int shirt = Catalog.productId(production, "SHIRT-1");
    int acme = Catalog.brandId(production, "Acme");
    int group = production.customerGroups().list(ListQuery.where("name", "Wholesale")).findFirst().orElseThrow().id();
    int europe = production.shippingZones().list().stream().filter(z -> z.name().equals("Europe")).findFirst().orElseThrow().id();
    Promotion sale = Promotion.draft("Shirt sale", Promotion.AUTOMATIC, null, json("[{\"action\": {\"cart_items\": {\"discount\":"
        + " {\"percentage_amount\": \"10\"}, \"items\": {\"products\": [" + shirt + "]}}}, \"condition\": {\"cart\": {\"items\":"
        + " {\"brands\": [" + acme + "]}, \"minimum_quantity\": 1}}}]"));
    sale = sale.withReferences(null, new PromotionCustomer(List.of(group), null, null, null), sale.rules());
    Promotion shipping = Promotion.draft("Free shipping", Promotion.COUPON, "SINGLE",
        json("[{\"action\": {\"shipping\": {\"free_shipping\": true, \"zone_ids\": [" + europe + "]}}}]"));
    Catalog.assertComplete(production.promotions().create(List.of(sale, shipping)));
    int coupon = promotion(production, "Free shipping").id();
    Catalog.assertComplete(production.promotions().createCodes(coupon, List.of(CouponCode.of("FREESHIP", 0, 1))));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Promotion promotion(dev.stagingpro.core.store.StoreConnector store, String name) {
    return store.promotions().list(ListQuery.where("name", name)).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void promotionsMoveWholeWithTheirCodesAndRulesResolvedOnTheDestination() {
    stores.manifest(TwoStores.migration("promotions", "selective", "promotions"));

    OperationResult planned = stores.plan();
    assertThat(planned.lines()).anyMatch(l -> l.contains("shipping_zones (pulled in by promotions)"));
    Plan plan = (Plan) planned.data();
    assertThat(plan.migrations().get(0).changes()).extracting(c -> c.entity().key() + ":" + c.key())
        .contains("promotions:Shirt sale", "promotions:Free shipping", "shipping_zones:Europe", "products:SHIRT-1", "brands:Acme",
            "customer_groups:Wholesale")
        .doesNotContain("shipping_zones:Asia", "products:MUG-1");

    OperationResult applied = stores.apply();
    assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();

    Promotion sale = promotion(staging, "Shirt sale");
    assertThat(sale.rules().toString()).contains("[" + Catalog.productId(staging, "SHIRT-1") + "]")
        .contains("[" + Catalog.brandId(staging, "Acme") + "]");
    assertThat(sale.customer().groupIds()).containsExactly(
        staging.customerGroups().list(ListQuery.where("name", "Wholesale")).findFirst().orElseThrow().id());
    Promotion coupon = promotion(staging, "Free shipping");
    assertThat(staging.promotions().codes(coupon.id()).toList()).extracting(CouponCode::code).containsExactly("FREESHIP");
    Plan again = (Plan) stores.plan().data();
    assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();
  }
}
