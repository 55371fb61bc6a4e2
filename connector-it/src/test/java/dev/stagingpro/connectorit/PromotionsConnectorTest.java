package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Brand;
import dev.stagingpro.core.store.model.CouponCode;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.Promotion;
import dev.stagingpro.core.store.model.PromotionChannel;
import dev.stagingpro.core.store.model.PromotionCustomer;
import dev.stagingpro.core.store.model.ShippingZone;
import dev.stagingpro.core.store.model.ShippingZoneLocation;
import dev.stagingpro.sandbox.knobs.Fault;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PromotionsConnectorTest extends ConnectedToSandbox {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPromotionIsWrittenWholeWithItsReferencesAndCreatedOnceThroughALostAnswer() throws Exception {
    int brand = connector.brands().create(List.of(Brand.named("Acme"))).succeeded().get(0).id();
    int group = connector.customerGroups().create(List.of(CustomerGroup.named("Members"))).succeeded().get(0).id();
    int zone = connector.shippingZones().create(List.of(ShippingZone.of("Texas", "state",
        List.of(ShippingZoneLocation.state("US", "TX"))))).succeeded().get(0).id();
    JsonNode rules = JSON.readTree("""
        [{"action": {"cart_items": {"discount": {"percentage_amount": "10"}, "items": {"brands": [%d]}}},
          "condition": {"cart": {"minimum_spend": "100"}}},
         {"action": {"shipping": {"zone_ids": [%d]}}}]""".formatted(brand, zone));
    Promotion draft = Promotion.draft("Acme week", Promotion.AUTOMATIC, null, rules)
        .withReferences(List.of(new PromotionChannel(1)), new PromotionCustomer(List.of(group), null, null, null), rules);
    sandbox.store().knobs().failNext("POST /v3/promotions", Fault.COMMIT_THEN_DROP);

    BatchResult<Promotion> created = connector.promotions().create(List.of(draft));

    assertThat(created.failed()).isEmpty();
    assertThat(connector.metrics().snapshot().recoveredCreates()).isEqualTo(1);
    assertThat(connector.promotions().list(ListQuery.where("name", "Acme week"))).hasSize(1);
    Promotion saved = created.succeeded().get(0);
    assertThat(saved.rules()).isEqualTo(rules);
    assertThat(saved.customer().groupIds()).containsExactly(group);
    assertThat(saved.createdFrom()).isEqualTo("api");

    Promotion disabled = connector.promotions().update(List.of(saved.withStatus("DISABLED"))).succeeded().get(0);
    assertThat(disabled.status()).isEqualTo("DISABLED");
    assertThat(disabled.rules()).isEqualTo(rules);

    Promotion stale = draft.withReferences(null, null, JSON.readTree("""
        [{"action": {"cart_items": {"discount": {"fixed_amount": "5"}, "items": {"products": [424242]}}}}]"""));
    BatchResult<Promotion> refused = connector.promotions().create(List.of(stale));
    assertThat(refused.failed()).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(422);
      assertThat(f.message()).contains("424242");
    });
  }

  @Test
  void couponCodesFollowTheirPromotionAndMustGoBeforeIt() throws Exception {
    JsonNode rules = JSON.readTree("""
        [{"action": {"cart_value": {"discount": {"percentage_amount": "15"}}}}]""");
    Promotion spring = connector.promotions().create(List.of(Promotion.draft("Spring", Promotion.COUPON, "SINGLE", rules)))
        .succeeded().get(0);
    List<CouponCode> codes = IntStream.range(0, 30).mapToObj(i -> CouponCode.of("SPRING-" + i, 100, 1)).toList();
    sandbox.store().knobs().failNext("POST /v3/promotions/{promotion_id}/codes", Fault.COMMIT_THEN_502);

    BatchResult<CouponCode> created = connector.promotions().createCodes(spring.id(), codes);

    assertThat(created.failed()).isEmpty();
    assertThat(connector.metrics().snapshot().recoveredCreates()).isEqualTo(1);
    List<CouponCode> stored = connector.promotions().codes(spring.id()).toList();
    assertThat(stored).extracting(CouponCode::code).containsExactlyInAnyOrderElementsOf(codes.stream().map(CouponCode::code).toList());
    assertThat(connector.promotions().createCodes(spring.id(), List.of(CouponCode.of("spring-3", null, null))).failed())
        .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(409));
    assertThat(connector.promotions().list(ListQuery.where("code", "SPRING-7"))).extracting(Promotion::id)
        .containsExactly(spring.id());

    BatchResult<Integer> early = connector.promotions().delete(List.of(spring.id()));
    assertThat(early.failed()).singleElement().satisfies(f -> assertThat(f.message()).contains("coupon codes"));

    BatchResult<Integer> deletedCodes = connector.promotions().deleteCodes(spring.id(), stored.stream().map(CouponCode::id).toList());
    assertThat(deletedCodes.succeeded()).hasSize(30);
    assertThat(connector.metrics().snapshot().requestsByEndpoint())
        .containsEntry("DELETE /v3/promotions/{promotion_id}/codes", 1L);
    assertThat(connector.promotions().delete(List.of(spring.id())).failed()).isEmpty();
    assertThat(connector.promotions().list(ListQuery.all())).isEmpty();
  }
}
