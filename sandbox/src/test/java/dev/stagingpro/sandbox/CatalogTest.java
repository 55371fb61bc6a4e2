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

class CatalogTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final ApiClient api = ApiClient.of(sandbox.store("catalog"));

  @Test
  void brandsAreUniqueByNameAndDeletingOneClearsItFromProducts() {
    ApiResponse created = api.post("/v3/catalog/brands", map("name", "Acme Tools"));
    assertThat(created.status()).isEqualTo(200);
    long brandId = created.data().get("id").asLong();
    assertThat(created.data().at("/custom_url/url").asText()).isEqualTo("/acme-tools/");
    assertThat(api.post("/v3/catalog/brands", map("name", "acme tools")).status()).isEqualTo(409);
    assertThat(api.get("/v3/catalog/brands?name=Acme%20Tools").data()).hasSize(1);
    long productId = api.post("/v3/catalog/products", product("Hammer", "HAM-1").with("brand_id", brandId)).data().get("id").asLong();
    assertThat(api.delete("/v3/catalog/brands/" + brandId).status()).isEqualTo(204);
    assertThat(api.get("/v3/catalog/products/" + productId).data().get("brand_id").asLong()).isZero();
    assertThat(api.responseOnly().get("/v3/catalog/brands/" + brandId).status()).isEqualTo(404);
  }

  @Test
  void categoryNamesAreUniqueUnderOneParentWithinATree() {
    ApiResponse roots = api.post("/v3/catalog/trees/categories", List.of(
        map("name", "Garden", "tree_id", 1), map("name", "Bath", "tree_id", 1)));
    assertThat(roots.status()).isEqualTo(201);
    long garden = roots.data().get(0).get("category_id").asLong();
    long bath = roots.data().get(1).get("category_id").asLong();
    ApiResponse twins = api.post("/v3/catalog/trees/categories", List.of(
        map("name", "Tools", "parent_id", garden), map("name", "Tools", "parent_id", bath)));
    assertThat(twins.status()).isEqualTo(201);
    assertThat(twins.data().get(0).at("/url/path").asText()).isEqualTo("/garden/tools/");
    ApiResponse duplicate = api.post("/v3/catalog/trees/categories", List.of(map("name", "tools", "parent_id", garden)));
    assertThat(duplicate.status()).isEqualTo(409);
    ApiResponse partial = api.post("/v3/catalog/trees/categories", List.of(
        map("name", "Tools", "parent_id", garden), map("name", "Hoses", "parent_id", garden)));
    assertThat(partial.status()).isEqualTo(207);
    assertThat(partial.json().at("/meta/failed").asInt()).isEqualTo(1);

    JsonNode nested = api.get("/v3/catalog/trees/1/categories").data();
    JsonNode gardenNode = find(nested, "Garden");
    assertThat(gardenNode.get("children")).hasSize(2);
    assertThat(gardenNode.get("children").get(0).get("path").get(0).asLong()).isEqualTo(garden);

    long toolsUnderGarden = twins.data().get(0).get("category_id").asLong();
    long productId = api.post("/v3/catalog/products", product("Rake", "RAKE-1").with("categories", List.of(toolsUnderGarden)))
        .data().get("id").asLong();
    assertThat(api.delete("/v3/catalog/trees/categories?category_id:in=" + garden).status()).isEqualTo(202);
    assertThat(api.get("/v3/catalog/trees/categories?tree_id:in=1&name=Tools").data()).hasSize(1);
    assertThat(api.get("/v3/catalog/products/" + productId).data().get("categories")).isEmpty();
  }

  @Test
  void productWithNestedVariantsImagesAndFieldsIsCreatedAndIncluded() {
    Map<String, Object> body = product("T-Shirt", "TS")
        .with("variants", List.of(
            map("sku", "TS-RED-S", "price", 12.5, "option_values", List.of(
                map("option_display_name", "Color", "label", "Red"), map("option_display_name", "Size", "label", "S"))),
            map("sku", "TS-BLUE-S", "option_values", List.of(
                map("option_display_name", "Color", "label", "Blue"), map("option_display_name", "Size", "label", "S")))))
        .with("images", List.of(map("image_url", "https://example.com/shirt.jpg")))
        .with("custom_fields", List.of(map("name", "Material", "value", "Cotton")))
        .with("bulk_pricing_rules", List.of(map("quantity_min", 10, "quantity_max", 0, "type", "percent", "amount", 5)))
        .with("videos", List.of(map("video_id", "dQw4w9WgXcQ", "title", "Fit")));
    ApiResponse created = api.responseOnly().post("/v3/catalog/products", body);
    assertThat(created.status()).isEqualTo(200);
    JsonNode product = created.data();
    long id = product.get("id").asLong();
    assertThat(product.get("variants")).hasSize(2);
    assertThat(product.get("base_variant_id").isNull()).isTrue();
    assertThat(product.at("/images/0/is_thumbnail").asBoolean()).isTrue();

    JsonNode included = api.get("/v3/catalog/products/" + id + "?include=variants,options,images,primary_image,custom_fields,bulk_pricing_rules,videos").data();
    assertThat(included.get("options")).hasSize(2);
    assertThat(included.at("/variants/0/option_values/0/label").asText()).isEqualTo("Red");
    assertThat(included.at("/variants/0/calculated_price").asDouble()).isEqualTo(12.5);
    assertThat(included.at("/variants/1/calculated_price").asDouble()).isEqualTo(20.0);
    assertThat(included.at("/primary_image/image_file").asText()).isEqualTo("shirt.jpg");

    assertThat(api.get("/v3/catalog/variants?sku=TS-BLUE-S").data()).hasSize(1);
    assertThat(api.post("/v3/catalog/products", product("Other", "TS-RED-S")).status()).isEqualTo(409);
    ApiResponse sameCombination = api.post("/v3/catalog/products/" + id + "/variants", map("sku", "TS-RED-S-2",
        "option_values", List.of(map("id", included.at("/variants/0/option_values/0/id").asLong(),
            "option_id", included.at("/variants/0/option_values/0/option_id").asLong()),
            map("id", included.at("/variants/0/option_values/1/id").asLong(),
                "option_id", included.at("/variants/0/option_values/1/option_id").asLong()))));
    assertThat(sameCombination.status()).isEqualTo(409);
    assertThat(api.post("/v3/catalog/products/" + id + "/custom-fields", map("name", "Material", "value", "Cotton")).status())
        .isEqualTo(409);
    assertThat(api.post("/v3/catalog/products/" + id + "/bulk-pricing-rules",
        map("quantity_min", 20, "quantity_max", 30, "type", "price", "amount", 1)).status()).isEqualTo(409);
  }

  @Test
  void productWithoutOptionsHasABaseVariantCarryingItsSku() {
    JsonNode product = api.post("/v3/catalog/products", product("Mug", "MUG-1")).data();
    long id = product.get("id").asLong();
    JsonNode variants = api.get("/v3/catalog/products/" + id + "/variants").data();
    assertThat(variants).hasSize(1);
    assertThat(variants.get(0).get("sku").asText()).isEqualTo("MUG-1");
    assertThat(product.get("base_variant_id").asLong()).isEqualTo(variants.get(0).get("id").asLong());
    api.put("/v3/catalog/products/" + id, map("sku", "MUG-2"));
    assertThat(api.get("/v3/catalog/products/" + id + "/variants").data().get(0).get("sku").asText()).isEqualTo("MUG-2");
  }

  @Test
  void requiredFieldsDuplicatesAndBatchLimits() {
    ApiResponse missing = api.responseOnly().post("/v3/catalog/products", map("name", "No price", "type", "physical", "weight", 1));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().at("/errors/price").asText()).contains("price");
    api.post("/v3/catalog/products", product("Duplicate Me", "DUP-1"));
    assertThat(api.post("/v3/catalog/products", product("Duplicate Me", "DUP-2")).status()).isEqualTo(409);

    List<Map<String, Object>> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(map("id", 1, "price", 1));
    }
    assertThat(api.put("/v3/catalog/products", eleven).status()).isEqualTo(413);
    assertThat(api.responseOnly().get("/v3/catalog/products?limit=251").status()).isEqualTo(422);
  }

  @Test
  void batchUpdateIsAllOrNothing() {
    long a = api.post("/v3/catalog/products", product("Batch A", "BA")).data().get("id").asLong();
    long b = api.post("/v3/catalog/products", product("Batch B", "BB")).data().get("id").asLong();
    ApiResponse ok = api.put("/v3/catalog/products", List.of(map("id", a, "price", 3), map("id", b, "price", 4)));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.data().get(1).get("price").asDouble()).isEqualTo(4.0);
    ApiResponse bad = api.put("/v3/catalog/products", List.of(map("id", a, "price", 9), map("id", 999999, "price", 9)));
    assertThat(bad.status()).isEqualTo(404);
    assertThat(api.get("/v3/catalog/products/" + a).data().get("price").asDouble()).isEqualTo(3.0);
  }

  @Test
  void listFiltersPagingAndDeleteByFilter() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(api.post("/v3/catalog/products", product("Pager " + i, "PG-" + i)).data().get("id").asLong());
    }
    JsonNode bySku = api.get("/v3/catalog/products?sku:in=PG-1,PG-3&include_fields=sku,name").data();
    assertThat(bySku).hasSize(2);
    assertThat(bySku.get(0).has("price")).isFalse();
    ApiResponse page = api.get("/v3/catalog/products?keyword=pager&limit=2&page=2");
    assertThat(page.data()).hasSize(2);
    assertThat(page.json().at("/meta/pagination/total").asInt()).isEqualTo(5);
    assertThat(page.json().at("/meta/pagination/total_pages").asInt()).isEqualTo(3);
    assertThat(api.delete("/v3/catalog/products?id:in=" + ids.get(0) + "," + ids.get(1)).status()).isEqualTo(204);
    assertThat(api.get("/v3/catalog/products?keyword=pager").data()).hasSize(3);
  }

  @Test
  void optionsModifiersComplexRulesAndVariantBatch() {
    long id = api.post("/v3/catalog/products", product("Lamp", "LAMP")).data().get("id").asLong();
    ApiResponse option = api.post("/v3/catalog/products/" + id + "/options", map("display_name", "Finish", "type", "dropdown",
        "option_values", List.of(map("label", "Brass", "sort_order", 0), map("label", "Steel", "sort_order", 1))));
    assertThat(option.status()).isEqualTo(200);
    long optionId = option.data().get("id").asLong();
    long brass = option.data().at("/option_values/0/id").asLong();
    long steel = option.data().at("/option_values/1/id").asLong();
    assertThat(api.post("/v3/catalog/products/" + id + "/options", map("display_name", "finish", "type", "dropdown",
        "option_values", List.of(map("label", "X", "sort_order", 0)))).status()).isEqualTo(409);
    ApiResponse value = api.post("/v3/catalog/products/" + id + "/options/" + optionId + "/values", map("label", "Gold", "sort_order", 2));
    assertThat(value.data().get("label").asText()).isEqualTo("Gold");

    ApiResponse batch = api.put("/v3/catalog/variants", List.of(
        map("product_id", id, "sku", "LAMP-BRASS", "option_values", List.of(map("id", brass, "option_id", optionId))),
        map("product_id", id, "sku", "LAMP-STEEL", "option_values", List.of(map("id", steel, "option_id", optionId)))));
    assertThat(batch.status()).isEqualTo(200);
    long variantId = batch.data().get(0).get("id").asLong();
    assertThat(api.get("/v3/catalog/products/" + id + "/variants").data()).hasSize(2);
    assertThat(api.put("/v3/catalog/variants", List.of(map("id", variantId, "price", 30))).data().get(0).get("price").asDouble())
        .isEqualTo(30.0);

    ApiResponse modifier = api.post("/v3/catalog/products/" + id + "/modifiers", map("display_name", "Engraving", "type", "text", "required", false));
    assertThat(modifier.status()).isEqualTo(200);
    ApiResponse rule = api.post("/v3/catalog/products/" + id + "/complex-rules", map("enabled", true,
        "price_adjuster", map("adjuster", "relative", "adjuster_value", 5),
        "conditions", List.of(map("variant_id", variantId))));
    assertThat(rule.status()).isEqualTo(200);
    assertThat(api.post("/v3/catalog/products/" + id + "/complex-rules", map("conditions", List.of(map("variant_id", variantId))))
        .status()).isEqualTo(409);

    assertThat(api.delete("/v3/catalog/products/" + id + "/options/" + optionId + "/values/" + steel).status()).isEqualTo(204);
    assertThat(api.get("/v3/catalog/products/" + id + "/variants").data()).hasSize(1);
  }

  @Test
  void channelAndCategoryAssignments() {
    long id = api.post("/v3/catalog/products", product("Chair", "CHAIR")).data().get("id").asLong();
    long category = api.post("/v3/catalog/trees/categories", List.of(map("name", "Furniture", "tree_id", 1))).data()
        .get(0).get("category_id").asLong();
    assertThat(api.put("/v3/catalog/products/channel-assignments", List.of(map("product_id", id, "channel_id", 1))).status()).isEqualTo(204);
    assertThat(api.put("/v3/catalog/products/category-assignments", List.of(map("product_id", id, "category_id", category))).status())
        .isEqualTo(204);
    assertThat(api.get("/v3/catalog/products/channel-assignments?product_id:in=" + id).data()).hasSize(1);
    assertThat(api.get("/v3/catalog/products?channel_id:in=1&include=channels").data().get(0).get("channels").get(0).asInt()).isEqualTo(1);
    assertThat(api.get("/v3/catalog/products/category-assignments?product_id:in=" + id).data().get(0).get("category_id").asLong())
        .isEqualTo(category);
    assertThat(api.responseOnly().put("/v3/catalog/products/channel-assignments", List.of(map("product_id", id, "channel_id", 99))).status())
        .isEqualTo(422);
    assertThat(api.delete("/v3/catalog/products/channel-assignments?product_id:in=" + id).status()).isEqualTo(204);
    assertThat(api.get("/v3/catalog/products/channel-assignments?product_id:in=" + id).data()).isEmpty();
  }

  @Test
  void legacyCategoriesShowTheDefaultTreeAndCarryMetafields() {
    ApiResponse created = api.post("/v3/catalog/categories", map("parent_id", 0, "name", "Legacy Root"));
    assertThat(created.status()).isEqualTo(200);
    long id = created.data().get("id").asLong();
    assertThat(created.data().at("/custom_url/url").asText()).isEqualTo("/legacy-root/");
    assertThat(api.post("/v3/catalog/categories", map("parent_id", 0, "name", "Legacy Root")).status()).isEqualTo(409);
    assertThat(api.get("/v3/catalog/categories?name=Legacy%20Root").data()).hasSize(1);
    assertThat(api.get("/v3/catalog/trees/categories?category_id:in=" + id).data().get(0).get("tree_id").asInt()).isEqualTo(1);
    assertThat(api.put("/v3/catalog/categories/" + id, map("parent_id", 0, "name", "Legacy Root", "description", "moved")).data().get("description").asText())
        .isEqualTo("moved");
    assertThat(api.post("/v3/catalog/categories/" + id + "/metafields",
        map("namespace", "n", "key", "k", "value", "v", "permission_set", "read")).status()).isEqualTo(200);
    assertThat(api.delete("/v3/catalog/categories/" + id).status()).isEqualTo(204);
    assertThat(api.responseOnly().get("/v3/catalog/categories/" + id).status()).isEqualTo(404);
  }

  static JsonNode find(JsonNode nodes, String name) {
    for (JsonNode node : nodes) {
      if (node.get("name").asText().equals(name)) {
        return node;
      }
    }
    throw new AssertionError("No node " + name + " in " + nodes);
  }

  static Body product(String name, String sku) {
    Body body = new Body();
    body.put("name", name);
    body.put("type", "physical");
    body.put("sku", sku);
    body.put("weight", 1);
    body.put("price", 20);
    return body;
  }

  /** A JSON object body built fluently. */
  static final class Body extends java.util.LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    Body with(String key, Object value) {
      put(key, value);
      return this;
    }
  }
}
