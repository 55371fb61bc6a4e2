package dev.stagingpro.core.store.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Price records and promotions write back only what a write may carry. */
class PricingModelJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aPromotionUpdateSendsNeitherIdsNorStoreOwnedFields() throws Exception {
    Promotion read = mapper.readValue("""
        {"id": 4, "redemption_type": "COUPON", "name": "Spring", "rules": [{"action": {}}], "current_uses": 3,
         "created_from": "api", "codes": {"id": 1, "code": "X", "current_uses": 0}, "coupon_type": "SINGLE",
         "multiple_codes": {"has_multiple_codes": false}, "status": "ENABLED"}""", Promotion.class);

    JsonNode sent = mapper.valueToTree(read.forUpdate());

    assertThat(read.isCoupon()).isTrue();
    assertThat(read.codes().code()).isEqualTo("X");
    assertThat(fieldNames(sent)).containsExactlyInAnyOrder("name", "rules", "coupon_type", "status");
    assertThat(fieldNames(mapper.valueToTree(read))).contains("id", "redemption_type").doesNotContain("coupon");
  }

  @Test
  void aRecordForOneListLeavesOutTheListAndCalculatedFields() throws Exception {
    PriceRecord read = mapper.readValue("""
        {"price_list_id": 3, "variant_id": 9, "sku": "A-1", "currency": "usd", "price": 10, "calculated_price": 8,
         "product_id": 2, "date_created": "2026", "sale_price": 8}""", PriceRecord.class);

    assertThat(fieldNames(mapper.valueToTree(read.withoutList())))
        .containsExactlyInAnyOrder("variant_id", "sku", "currency", "price", "sale_price");
    assertThat(fieldNames(mapper.valueToTree(read.forSku("B-1")))).containsExactlyInAnyOrder("sku", "currency", "price",
        "sale_price");
    assertThat(read.key()).isEqualTo("usd|sku:A-1");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
