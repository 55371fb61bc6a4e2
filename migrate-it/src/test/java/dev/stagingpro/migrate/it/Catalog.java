package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Brand;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.ProductVideo;
import dev.stagingpro.core.store.model.TreeCategory;
import dev.stagingpro.core.store.model.VariantOptionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a small catalogue into a store through the connector (as a merchant's store would have
 * it), and reads records back for assertions.
 */
final class Catalog {
  private Catalog() {}

  /**
   * Brands Acme and Globex; categories Shop All, Shop All/Kitchen, Shop All/Garden and Sale;
   * products SHIRT-1 (Size S/M/L variants, 2 images, a custom field, bulk pricing, a video),
   * MUG-1 (stock 10) and LAMP-1 (related to MUG-1).
   */
  static void seed(StoreConnector store) {
    brands(store, "Acme", "Globex");
    categories(store, "Shop All", "Shop All/Kitchen", "Shop All/Garden", "Sale");
    products(store, List.of(
        product("SHIRT-1", "Shirt", "20.00").brandId(brandId(store, "Acme")).categories(List.of(categoryId(store, "Shop All/Garden")))
            .variants(List.of(variant("SHIRT-1-S", "Size", "S"), variant("SHIRT-1-M", "Size", "M"), variant("SHIRT-1-L", "Size", "L")))
            .images(List.of(image("https://cdn.example.com/shirt-front.jpg", 0, true), image("https://cdn.example.com/shirt-back.jpg", 1, false)))
            .customFields(List.of(CustomField.of("material", "cotton")))
            .bulkPricingRules(List.of(new BulkPricingRule(null, 5, 10, "percent", new BigDecimal("5"))))
            .videos(List.of(new ProductVideo(null, null, "dQw4w9WgXcQ", "How it fits", "", 0, "youtube", null)))
            .build(),
        product("MUG-1", "Mug", "8.00").brandId(brandId(store, "Globex")).categories(List.of(categoryId(store, "Shop All/Kitchen")))
            .inventoryTracking("product").inventoryLevel(10)
            .images(List.of(image("https://cdn.example.com/mug.jpg", 0, true))).build()));
    products(store, List.of(product("LAMP-1", "Lamp", "35.00").brandId(brandId(store, "Acme"))
        .categories(List.of(categoryId(store, "Sale"))).relatedProducts(List.of(productId(store, "MUG-1"))).build()));
  }

  static void brands(StoreConnector store, String... names) {
    List<Brand> drafts = new ArrayList<>();
    for (String name : names) {
      drafts.add(new Brand(null, name, name + " page", List.of(name.toLowerCase()), "About " + name, name, null, null));
    }
    assertComplete(store.brands().create(drafts));
  }

  /** Paths top first; parents must come before children. */
  static void categories(StoreConnector store, String... paths) {
    int tree = store.categoryTrees().treeOfChannel(1).orElseThrow().id();
    for (String path : paths) {
      int slash = path.lastIndexOf('/');
      int parent = slash < 0 ? 0 : categoryId(store, path.substring(0, slash));
      TreeCategory draft = TreeCategory.draft(tree, parent, path.substring(slash + 1)).toBuilder()
          .description("All about " + path).isVisible(true).sortOrder(paths.length).build();
      assertComplete(store.categoryTrees().createCategories(List.of(draft)));
    }
  }

  static void products(StoreConnector store, List<Product> products) {
    assertComplete(store.products().create(products));
  }

  static Product.Builder product(String sku, String name, String price) {
    return Product.draft(name, "physical", sku, new BigDecimal(price), new BigDecimal("1.5")).toBuilder()
        .description("<p>" + name + "</p>").isVisible(true);
  }

  static ProductVariant variant(String sku, String option, String label) {
    return ProductVariant.builder().sku(sku).optionValues(List.of(VariantOptionValue.named(option, label))).build();
  }

  static ProductImage image(String url, int sortOrder, boolean thumbnail) {
    return new ProductImage(null, null, url, thumbnail, sortOrder, "", null, null, null, null, null);
  }

  static int brandId(StoreConnector store, String name) {
    return store.brands().findByName(name).orElseThrow().id();
  }

  /** A category of channel 1's tree by its path. */
  static int categoryId(StoreConnector store, String path) {
    return findCategory(store, path).orElseThrow(() -> new AssertionError("no category " + path)).categoryId();
  }

  static Optional<TreeCategory> findCategory(StoreConnector store, String path) {
    int tree = store.categoryTrees().treeOfChannel(1).orElseThrow().id();
    Integer parent = 0;
    TreeCategory found = null;
    for (String name : path.split("/")) {
      Integer parentId = parent;
      found = store.categoryTrees().categories(ListQuery.where("tree_id:in", tree).and("parent_id:in", parentId))
          .filter(c -> c.name().equals(name)).findFirst().orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      parent = found.categoryId();
    }
    return Optional.of(found);
  }

  static int productId(StoreConnector store, String sku) {
    return store.products().findBySku(sku).orElseThrow().id();
  }

  /** The product with every part the migration moves. */
  static Product full(StoreConnector store, String sku) {
    return store.products().list(ListQuery.where("sku", sku)
        .include("variants", "images", "custom_fields", "bulk_pricing_rules", "videos", "options", "modifiers"))
        .filter(p -> sku.equals(p.sku())).findFirst().orElseThrow(() -> new AssertionError("no product " + sku));
  }

  static List<Product> all(StoreConnector store) {
    return store.products().list(ListQuery.all()).toList();
  }

  static Map<String, Integer> variantIds(StoreConnector store, String sku) {
    return full(store, sku).variants().stream().collect(Collectors.toMap(ProductVariant::sku, ProductVariant::id));
  }

  static void assertComplete(BatchResult<?> result) {
    assertThat(result.failed()).as("store refused").isEmpty();
  }
}
