package dev.stagingpro.sandbox.api;

import dev.stagingpro.sandbox.state.TableSpec;

/** The catalog's tables, shared by the product, variant, option and assignment areas. */
public final class Catalog {
  public static final TableSpec PRODUCTS =
      TableSpec.of("products", "product", "sku", "name", "brand_id", "categories").ignoringCase("sku", "name");
  public static final TableSpec VARIANTS = TableSpec.of("variants", "variant", "product_id", "sku").ignoringCase("sku");
  public static final TableSpec OPTIONS = TableSpec.of("options", "option", "product_id");
  public static final TableSpec MODIFIERS = TableSpec.of("modifiers", "modifier", "product_id");
  public static final TableSpec IMAGES = TableSpec.of("images", "image", "product_id");
  public static final TableSpec VIDEOS = TableSpec.of("videos", "video", "product_id");
  public static final TableSpec CUSTOM_FIELDS = TableSpec.of("custom_fields", "custom_field", "product_id");
  public static final TableSpec REVIEWS = TableSpec.of("reviews", "review", "product_id");
  public static final TableSpec BULK_PRICING_RULES = TableSpec.of("bulk_pricing_rules", "bulk_pricing_rule", "product_id");
  public static final TableSpec COMPLEX_RULES = TableSpec.of("complex_rules", "complex_rule", "product_id");
  public static final TableSpec PRODUCT_CHANNELS = TableSpec.of("product_channels", "channel_assignment", "product_id", "channel_id");

  private Catalog() {}
}
