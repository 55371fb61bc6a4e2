package dev.stagingpro.core.manifest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The entity names a migration may list under {@code entities:}, as written in the manifest. */
public enum Entity {
  BRANDS("brands"),
  CATEGORIES("categories"),
  PRODUCTS("products"),
  PRODUCT_REVIEWS("product_reviews"),
  BULK_PRICING_RULES("bulk_pricing_rules"),
  CHANNEL_ASSIGNMENTS("channel_assignments"),
  PRODUCT_LOCALE("product_locale"),
  CATEGORY_METAFIELDS("category_metafields"),
  CUSTOMER_GROUPS("customer_groups"),
  CUSTOMERS("customers"),
  PRICE_LISTS("price_lists"),
  PRICE_LIST_RECORDS("price_list_records"),
  PRICE_LIST_ASSIGNMENTS("price_list_assignments"),
  SHIPPING_ZONES("shipping_zones"),
  SHIPPING_METHODS("shipping_methods"),
  PROMOTIONS("promotions"),
  ORDERS("orders"),
  PAGES("pages"),
  WIDGETS("widgets"),
  B2B_COMPANIES("b2b_companies"),
  B2B_ADDRESSES("b2b_addresses"),
  B2B_USERS("b2b_users"),
  B2B_ORDERS("b2b_orders"),
  B2B_SUPER_ADMINS("b2b_super_admins"),
  B2B_QUOTES("b2b_quotes"),
  B2B_SHOPPING_LISTS("b2b_shopping_lists"),
  B2B_INVOICES("b2b_invoices");

  private final String key;

  Entity(String key) {
    this.key = key;
  }

  /** The name used in {@code stagingpro.yml}. */
  public String key() {
    return key;
  }

  /** Whether a migration may select this entity's records by product SKU ({@code skus:}). */
  public boolean selectableBySku() {
    return switch (this) {
      case PRODUCTS, PRODUCT_REVIEWS, BULK_PRICING_RULES, CHANNEL_ASSIGNMENTS, PRODUCT_LOCALE, PRICE_LIST_RECORDS -> true;
      default -> false;
    };
  }

  /** Whether a migration may select this entity's records by category path ({@code categories:}). */
  public boolean selectableByCategory() {
    return selectableBySku() || this == CATEGORIES || this == CATEGORY_METAFIELDS;
  }

  public static Optional<Entity> fromKey(String key) {
    return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Entity::key).toList();
  }
}
