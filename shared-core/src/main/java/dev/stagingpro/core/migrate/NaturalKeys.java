package dev.stagingpro.core.migrate;

import static dev.stagingpro.core.manifest.Entity.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.manifest.Entity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Record ids differ between stores, so records are matched by natural keys, held in one field of
 * the portable form: products by SKU, categories by their path (name plus parent path, e.g.
 * {@code Shop All/Kitchen}), brands, customer groups, price lists, promotions and shipping zones by
 * name, customers by e-mail, pages by URL; price records by list, currency and SKU ({@code
 * Wholesale|USD|SHIRT-M}), price list assignments by list, group and channel, and product reviews
 * by product SKU, title and reviewer e-mail ({@code KET-1|Boils fast|ann@example.com}).
 */
public final class NaturalKeys {
  private static final Map<Entity, String> FIELD = new EnumMap<>(Entity.class);

  static {
    FIELD.put(PRODUCTS, "sku");
    FIELD.put(CATEGORIES, "path");
    FIELD.put(BRANDS, "name");
    FIELD.put(CUSTOMER_GROUPS, "name");
    FIELD.put(CUSTOMERS, "email");
    FIELD.put(PRICE_LISTS, "name");
    FIELD.put(PRICE_LIST_RECORDS, "record");
    FIELD.put(PRICE_LIST_ASSIGNMENTS, "assignment");
    FIELD.put(PROMOTIONS, "name");
    FIELD.put(SHIPPING_ZONES, "name");
    FIELD.put(PAGES, "url");
    FIELD.put(PRODUCT_REVIEWS, "review");
  }

  private NaturalKeys() {}

  /** The portable field holding {@code entity}'s natural key. */
  public static String field(Entity entity) {
    String field = FIELD.get(entity);
    if (field == null) {
      throw new IllegalArgumentException(entity.key() + " has no natural key in this version");
    }
    return field;
  }

  /** The natural key of a portable record's fields, empty when the field is missing or blank. */
  public static Optional<String> of(Entity entity, JsonNode fields) {
    JsonNode value = fields.get(field(entity));
    return value == null || !value.isTextual() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }
}
