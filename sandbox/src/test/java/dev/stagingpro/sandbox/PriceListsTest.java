package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PriceListsTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final ApiClient api = ApiClient.of(sandbox.store("pricing"));

  @Test
  void priceListsAreUniqueByNameAndDeletingOneDropsItsRecordsAndAssignments() {
    ApiResponse created = api.post("/v3/pricelists", map("name", "Wholesale"));
    assertThat(created.status()).isEqualTo(200);
    JsonNode list = created.data();
    assertThat(list.get("active").asBoolean()).isTrue();
    assertThat(list.get("date_created").asText()).isEqualTo("2026-03-10T09:00:00+00:00");
    assertThat(api.post("/v3/pricelists", map("name", "WHOLESALE")).status()).isEqualTo(409);
    assertThat(api.responseOnly().post("/v3/pricelists", map("active", true)).status()).isEqualTo(422);

    long id = list.get("id").asLong();
    ApiResponse renamed = api.put("/v3/pricelists/" + id, map("name", "Wholesale EU", "active", false));
    assertThat(renamed.data().get("name").asText()).isEqualTo("Wholesale EU");
    assertThat(renamed.data().get("active").asBoolean()).isFalse();
    assertThat(api.get("/v3/pricelists?name=wholesale%20eu").data()).hasSize(1);
    assertThat(api.get("/v3/pricelists?name:like=sale").json().at("/meta/cursor_pagination/count").asInt()).isEqualTo(1);

    long variant = variantIds("Crate", "CRATE", 1).get(0);
    api.put("/v3/pricelists/" + id + "/records", List.of(map("variant_id", variant, "currency", "usd", "price", 5)));
    long group = api.post("/v2/customer_groups", map("name", "Trade")).json().get("id").asLong();
    api.post("/v3/pricelists/assignments", List.of(map("price_list_id", id, "customer_group_id", group, "channel_id", 1)));

    assertThat(api.delete("/v3/pricelists/" + id).status()).isEqualTo(204);
    assertThat(api.get("/v3/pricelists/" + id).status()).isEqualTo(404);
    assertThat(api.get("/v3/pricelists/assignments?customer_group_id=" + group).data()).isEmpty();
    long again = api.post("/v3/pricelists", map("name", "Wholesale EU")).data().get("id").asLong();
    assertThat(api.get("/v3/pricelists/" + again + "/records").data()).isEmpty();
  }

  @Test
  void recordsAreUpsertedByVariantOrSkuAndCurrencyAndReadWithSkus() {
    long list = api.post("/v3/pricelists", map("name", "Retail upsert")).data().get("id").asLong();
    List<Long> variants = variantIds("Shirt", "SHIRT", 3);

    ApiResponse upserted = api.put("/v3/pricelists/" + list + "/records", List.of(
        map("variant_id", variants.get(0), "currency", "usd", "price", 10, "sale_price", 8),
        map("sku", "SHIRT-1", "currency", "USD", "price", 11),
        map("sku", "SHIRT-2", "currency", "eur", "price", 12, "bulk_pricing_tiers",
            List.of(map("quantity_min", 10, "quantity_max", 19, "type", "percent", "amount", 5)))));
    assertThat(upserted.status()).isEqualTo(200);

    JsonNode records = api.get("/v3/pricelists/" + list + "/records?include=sku,bulk_pricing_tiers").data();
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("calculated_price").asDouble()).isEqualTo(8);
    assertThat(records.get(1).get("sku").asText()).isEqualTo("SHIRT-1");
    assertThat(records.get(1).get("currency").asText()).isEqualTo("usd");
    assertThat(records.get(2).at("/bulk_pricing_tiers/0/amount").asDouble()).isEqualTo(5);
    assertThat(api.get("/v3/pricelists/" + list + "/records").data().get(0).has("sku")).isFalse();

    api.put("/v3/pricelists/" + list + "/records", List.of(map("sku", "SHIRT-1", "currency", "usd", "price", 15)));
    JsonNode bySku = api.get("/v3/pricelists/" + list + "/records?sku:in=SHIRT-1").data();
    assertThat(bySku).hasSize(1);
    assertThat(bySku.get(0).get("price").asDouble()).isEqualTo(15);
    assertThat(api.get("/v3/pricelists/" + list + "/records?price:min=11.5").data()).hasSize(2);
    assertThat(api.get("/v3/pricelists/" + list + "/records/" + variants.get(2) + "/eur").data().get("price").asDouble())
        .isEqualTo(12);
    assertThat(api.get("/v3/pricelists/" + list + "/records/" + variants.get(2)).data()).hasSize(1);

    ApiResponse single = api.put("/v3/pricelists/" + list + "/records/" + variants.get(2) + "/gbp", map("price", 9.5));
    assertThat(single.data().get("currency").asText()).isEqualTo("gbp");
    assertThat(api.delete("/v3/pricelists/" + list + "/records/" + variants.get(2) + "/gbp").status()).isEqualTo(204);
    assertThat(api.delete("/v3/pricelists/" + list + "/records?currency=eur").status()).isEqualTo(204);
    assertThat(api.get("/v3/pricelists/" + list + "/records").data()).hasSize(2);
  }

  @Test
  void batchCreateRefusesExistingRecordsAndSavesTheValidItems() {
    long list = api.post("/v3/pricelists", map("name", "Batch rules")).data().get("id").asLong();
    List<Long> variants = variantIds("Lamp", "LAMP", 2);
    api.post("/v3/pricelists/" + list + "/records", List.of(map("variant_id", variants.get(0), "currency", "usd", "price", 1)));

    ApiResponse mixed = api.responseOnly().post("/v3/pricelists/" + list + "/records", List.of(
        map("variant_id", variants.get(0), "currency", "usd", "price", 2),
        map("variant_id", variants.get(1), "currency", "usd", "price", 3),
        map("sku", "LAMP", "currency", "usd", "price", 4),
        map("variant_id", variants.get(1), "currency", "usd", "price", 4, "sale_price", -1)));
    assertThat(mixed.status()).isEqualTo(422);
    JsonNode errors = mixed.json().get("batch_errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).at("/data/variant_id").asLong()).isEqualTo(variants.get(0));
    assertThat(errors.get(1).at("/data/sku").asText()).isEqualTo("LAMP");
    assertThat(errors.get(1).get("field_errors").has("sku")).isTrue();
    JsonNode saved = api.get("/v3/pricelists/" + list + "/records").data();
    assertThat(saved).extracting(r -> r.get("price").asDouble()).containsExactly(1.0, 3.0);

    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(map("variant_id", variants.get(0), "currency", "usd", "price", i));
    }
    assertThat(api.post("/v3/pricelists/" + list + "/records", tooMany).status()).isEqualTo(413);
    assertThat(api.responseOnly().put("/v3/pricelists/" + list + "/records", List.of(map("variant_id", variants.get(1))))
        .status()).isEqualTo(422);
  }

  @Test
  void crossListBatchesNameTheirList() {
    long first = api.post("/v3/pricelists", map("name", "Cross A")).data().get("id").asLong();
    long second = api.post("/v3/pricelists", map("name", "Cross B")).data().get("id").asLong();
    long variant = variantIds("Vase", "VASE", 1).get(0);
    ApiResponse created = api.post("/v3/pricelists/records", List.of(
        map("price_list_id", first, "variant_id", variant, "currency", "usd", "price", 1),
        map("price_list_id", second, "sku", "VASE-0", "currency", "usd", "price", 2)));
    assertThat(created.status()).isEqualTo(200);
    ApiResponse upserted = api.put("/v3/pricelists/records", List.of(
        map("price_list_id", second, "variant_id", variant, "currency", "usd", "price", 3),
        map("price_list_id", 9999, "variant_id", variant, "currency", "usd", "price", 3)));
    assertThat(upserted.status()).isEqualTo(422);
    assertThat(upserted.json().at("/batch_errors/0/field_errors/price_list_id").asText()).contains("9999");
    assertThat(api.get("/v3/pricelists/" + second + "/records").data().get(0).get("price").asDouble()).isEqualTo(3);
  }

  @Test
  void recordsPageByCursorAndVanishWithTheirVariant() {
    long list = api.post("/v3/pricelists", map("name", "Paged")).data().get("id").asLong();
    List<Long> variants = variantIds("Cup", "CUP", 5);
    List<Map<String, Object>> records = new ArrayList<>();
    variants.forEach(v -> records.add(map("variant_id", v, "currency", "usd", "price", 1)));
    api.put("/v3/pricelists/" + list + "/records", records);

    ApiResponse first = api.get("/v3/pricelists/" + list + "/records?limit=2");
    String cursor = first.json().at("/meta/cursor_pagination/end_cursor").asText();
    ApiResponse next = api.get("/v3/pricelists/" + list + "/records?limit=2&after=" + cursor);
    assertThat(next.data()).extracting(r -> r.get("variant_id").asLong()).containsExactly(variants.get(2), variants.get(3));
    assertThat(next.json().get("meta").has("pagination")).isFalse();

    long product = api.get("/v3/catalog/variants?sku=CUP-4").data().get(0).get("product_id").asLong();
    api.delete("/v3/catalog/products/" + product + "/variants/" + variants.get(4));
    assertThat(api.get("/v3/pricelists/" + list + "/records").data()).hasSize(4);
  }

  @Test
  void assignmentsTargetAGroupAChannelOrBothOnce() {
    long list = api.post("/v3/pricelists", map("name", "Assigned")).data().get("id").asLong();
    long other = api.post("/v3/pricelists", map("name", "Assigned 2")).data().get("id").asLong();
    long trade = api.post("/v2/customer_groups", map("name", "Assign trade")).json().get("id").asLong();
    long discounted = api.post("/v2/customer_groups", map("name", "Discounted", "discount_rules",
        List.of(map("type", "all", "method", "percent", "amount", "5")))).json().get("id").asLong();

    ApiResponse created = api.post("/v3/pricelists/assignments", List.of(
        map("price_list_id", list, "customer_group_id", trade, "channel_id", 1),
        map("price_list_id", list, "channel_id", 1),
        map("price_list_id", other, "customer_group_id", trade, "channel_id", 1),
        map("price_list_id", list, "customer_group_id", discounted)));
    assertThat(created.status()).isEqualTo(422);
    assertThat(created.json().at("/meta/saved_records").asInt()).isEqualTo(2);
    assertThat(created.json().get("errors").fieldNames()).toIterable().containsExactly("2.customer_group_id", "3.customer_group_id");

    JsonNode found = api.get("/v3/pricelists/assignments?price_list_id=" + list).data();
    assertThat(found).hasSize(2);
    assertThat(found.get(1).has("customer_group_id")).isFalse();

    ApiResponse moved = api.put("/v3/pricelists/" + other + "/assignments", map("customer_group_id", trade, "channel_id", 1));
    assertThat(moved.data().get("id").asLong()).isEqualTo(found.get(0).get("id").asLong());
    assertThat(api.get("/v3/pricelists/assignments?price_list_id:in=" + other).data()).hasSize(1);

    assertThat(api.responseOnly().delete("/v3/pricelists/assignments").status()).isEqualTo(422);
    assertThat(api.delete("/v3/pricelists/assignments?channel_id=1&price_list_id=" + list).status()).isEqualTo(204);
    assertThat(api.get("/v3/pricelists/assignments?price_list_id=" + list).data()).isEmpty();
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      tooMany.add(map("price_list_id", list, "channel_id", 1));
    }
    assertThat(api.post("/v3/pricelists/assignments", tooMany).status()).isEqualTo(413);
  }

  /** A product with {@code count} variants (SKUs PREFIX-0, PREFIX-1, ...); their ids in order. */
  static List<Long> variantIds(String name, String skuPrefix, int count) {
    List<Map<String, Object>> variants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      variants.add(map("sku", skuPrefix + "-" + i, "option_values",
          List.of(map("option_display_name", "Size", "label", "S" + i))));
    }
    JsonNode product = api.responseOnly().post("/v3/catalog/products", map("name", name, "type", "physical", "weight", 1,
        "price", 10, "sku", skuPrefix, "variants", variants)).data();
    List<Long> ids = new ArrayList<>();
    api.get("/v3/catalog/products/" + product.get("id").asLong() + "/variants").data()
        .forEach(v -> ids.add(v.get("id").asLong()));
    return ids;
  }
}
