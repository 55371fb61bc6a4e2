package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PromotionsTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final ApiClient api = ApiClient.of(sandbox.store("promotions"));

  @Test
  void automaticPromotionWithRulesEligibilityAndNotifications() {
    long brand = api.post("/v3/catalog/brands", map("name", "Acme")).data().get("id").asLong();
    long group = api.post("/v2/customer_groups", map("name", "Members")).json().get("id").asLong();
    long zone = api.post("/v2/shipping/zones", map("name", "Everywhere", "type", "global")).json().get("id").asLong();
    Map<String, Object> body = map("name", "Acme week", "redemption_type", "AUTOMATIC", "display_name", "10% off Acme",
        "channels", List.of(map("id", 1)),
        "customer", map("group_ids", List.of(group)),
        "rules", List.of(
            map("action", map("cart_items", map("discount", map("percentage_amount", "10"),
                "items", map("brands", List.of(brand)))),
                "condition", map("cart", map("minimum_spend", "100"))),
            map("action", map("shipping", map("zone_ids", List.of(zone))), "apply_once", true)),
        "notifications", List.of(map("content", "Acme week!", "type", "ELIGIBLE", "locations", List.of("CART_PAGE"))),
        "start_date", "2026-04-01T00:00:00+02:00", "end_date", "2026-04-08T00:00:00Z");

    ApiResponse created = api.post("/v3/promotions", body);
    assertThat(created.status()).isEqualTo(201);
    JsonNode promotion = created.data();
    assertThat(promotion.get("created_from").asText()).isEqualTo("api");
    assertThat(promotion.get("status").asText()).isEqualTo("ENABLED");
    assertThat(promotion.get("start_date").asText()).isEqualTo("2026-03-31T22:00:00+00:00");
    assertThat(promotion.at("/customer/group_ids/0").asLong()).isEqualTo(group);
    assertThat(promotion.has("codes")).isFalse();

    long id = promotion.get("id").asLong();
    JsonNode updated = api.put("/v3/promotions/" + id, map("status", "DISABLED", "name", "Acme fortnight")).data();
    assertThat(updated.get("status").asText()).isEqualTo("DISABLED");
    assertThat(updated.get("rules")).hasSize(2);
    assertThat(api.responseOnly().put("/v3/promotions/" + id, map("redemption_type", "COUPON")).status()).isEqualTo(422);
    assertThat(api.get("/v3/promotions?redemption_type=automatic&query=fortnight").data()).hasSize(1);
    assertThat(api.get("/v3/promotions?status=ENABLED&name=Acme%20fortnight").data()).isEmpty();
    assertThat(api.get("/v3/promotions/" + id).data().get("name").asText()).isEqualTo("Acme fortnight");
    assertThat(api.delete("/v3/promotions/" + id).status()).isEqualTo(204);
    assertThat(api.get("/v3/promotions/" + id).status()).isEqualTo(404);
  }

  @Test
  void referencesAndRuleShapesAreChecked() {
    ApiResponse unknownProduct = api.responseOnly().post("/v3/promotions", automatic("Ghost", map("cart_items", map(
        "discount", map("fixed_amount", "5"), "items", map("products", List.of(9999))))));
    assertThat(unknownProduct.status()).isEqualTo(422);
    assertThat(unknownProduct.json().at("/errors/0/title").asText()).contains("rules.0.action.cart_items.items.products");
    assertThat(api.responseOnly().post("/v3/promotions", automatic("No zone",
        map("shipping", map("zone_ids", List.of(9999))))).status()).isEqualTo(422);
    assertThat(api.responseOnly().post("/v3/promotions", automatic("Two actions", map(
        "cart_value", map("discount", map("fixed_amount", "5")), "gift_item", map("quantity", 1, "product_id", 1))))
        .status()).isEqualTo(422);
    Map<String, Object> both = automatic("Both lists", map("cart_value", map("discount", map("fixed_amount", "5"))));
    both.put("customer", map("group_ids", List.of(0), "excluded_group_ids", List.of(0)));
    assertThat(api.responseOnly().post("/v3/promotions", both).status()).isEqualTo(422);
    Map<String, Object> backwards = automatic("Backwards", map("cart_value", map("discount", map("fixed_amount", "5"))));
    backwards.put("start_date", "2026-05-01T00:00:00Z");
    backwards.put("end_date", "2026-04-01T00:00:00Z");
    assertThat(api.responseOnly().post("/v3/promotions", backwards).status()).isEqualTo(422);
  }

  @Test
  void couponCodesAreUniqueInTheStoreAndKeepTheirPromotionAlive() {
    long first = api.post("/v3/promotions", coupon("Spring", "SINGLE")).data().get("id").asLong();
    long second = api.post("/v3/promotions", coupon("Summer", "SINGLE")).data().get("id").asLong();
    ApiResponse code = api.post("/v3/promotions/" + first + "/codes", map("code", "SPRING-10", "max_uses", 100));
    assertThat(code.status()).isEqualTo(201);
    assertThat(code.data().get("current_uses").asInt()).isZero();
    assertThat(api.post("/v3/promotions/" + second + "/codes", map("code", "spring-10")).status()).isEqualTo(409);

    JsonNode promotion = api.get("/v3/promotions/" + first).data();
    assertThat(promotion.at("/codes/code").asText()).isEqualTo("SPRING-10");
    assertThat(promotion.at("/multiple_codes/has_multiple_codes").asBoolean()).isFalse();
    assertThat(api.get("/v3/promotions?code=SPRING-10").data()).extracting(p -> p.get("id").asLong()).containsExactly(first);
    assertThat(api.get("/v3/promotions/codes?code=spring-10").data()).hasSize(1);

    assertThat(api.delete("/v3/promotions/" + first).status()).isEqualTo(422);
    ApiResponse bulk = bulkDeletes().delete("/v3/promotions?id:in=" + first + "," + second);
    assertThat(bulk.status()).isEqualTo(422);
    assertThat(bulk.json().at("/meta/success").asInt()).isEqualTo(1);
    assertThat(api.get("/v3/promotions/" + second).status()).isEqualTo(404);

    long codeId = code.data().get("id").asLong();
    assertThat(bulkDeletes().delete("/v3/promotions/" + first + "/codes?id:in=" + codeId).status()).isEqualTo(204);
    assertThat(api.delete("/v3/promotions/" + first).status()).isEqualTo(204);
  }

  @Test
  void bulkCouponsGenerateCodesAndPageThemByCursor() {
    long bulk = api.post("/v3/promotions", coupon("Bulk", "BULK")).data().get("id").asLong();
    ApiResponse generated = api.post("/v3/promotions/" + bulk + "/codegen", map("batch_size", 12));
    assertThat(generated.status()).isEqualTo(201);
    assertThat(generated.data().get("codes")).hasSize(12)
        .allSatisfy(c -> assertThat(c.get("code").asText()).matches("[A-Z0-9]{16}"));
    assertThat(generated.data().get("max_uses").asInt()).isEqualTo(1);

    ApiResponse page = api.get("/v3/promotions/" + bulk + "/codes?limit=5");
    assertThat(page.data()).hasSize(5);
    String cursor = page.json().at("/meta/cursor_pagination/end_cursor").asText();
    ApiResponse rest = api.get("/v3/promotions/" + bulk + "/codes?limit=10&after=" + cursor);
    assertThat(rest.data()).hasSize(7);
    assertThat(api.get("/v3/promotions/" + bulk).data().at("/multiple_codes/has_multiple_codes").asBoolean()).isTrue();

    long single = api.post("/v3/promotions", coupon("Single", "SINGLE")).data().get("id").asLong();
    assertThat(api.post("/v3/promotions/" + single + "/codegen", map("batch_size", 1)).status()).isEqualTo(405);
    assertThat(api.responseOnly().post("/v3/promotions/" + bulk + "/codegen", map("batch_size", 251)).status())
        .isEqualTo(422);
    String tooMany = String.join(",", LongStream.rangeClosed(1, 251).mapToObj(Long::toString).toList());
    assertThat(bulkDeletes().delete("/v3/promotions/" + bulk + "/codes?id:in=" + tooMany).status()).isEqualTo(422);
    assertThat(api.put("/v3/promotions/" + bulk, map("coupon_type", "SINGLE")).status()).isEqualTo(422);
  }

  /**
   * The bulk deletes' answers list example names as media types in promotions.v3.yml, which stops
   * the validator from checking these requests (it parses every media type against Accept).
   */
  static ApiClient bulkDeletes() {
    return api.responseOnly();
  }

  static Map<String, Object> automatic(String name, Map<String, Object> action) {
    return map("name", name, "redemption_type", "AUTOMATIC", "rules", List.of(map("action", action)));
  }

  static Map<String, Object> coupon(String name, String type) {
    return map("name", name, "redemption_type", "COUPON", "coupon_type", type,
        "rules", List.of(map("action", map("cart_value", map("discount", map("percentage_amount", "15"))))));
  }
}
