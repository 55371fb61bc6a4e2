package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.MigrationSpec.CategoryAssignment;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a portable product into what the destination takes: names and paths resolved to the
 * destination's ids, stock left out unless copying it was asked for. A reference that does not
 * resolve is an {@link Unresolved} naming it (the plan normally catches these first).
 */
final class ProductDrafts {
  /** Parts that have their own endpoints on update (and are nested only in a create). */
  static final Set<String> PARTS = Set.of("variants", "options", "modifiers", "images", "videos", "custom_fields",
      "bulk_pricing_rules", "related_products", ProductMetafields.PART);

  private ProductDrafts() {}

  static final class Unresolved extends RuntimeException {
    Unresolved(String message) {
      super(message, null, false, false);
    }
  }

  /** A create: base fields with variants, images, videos, custom fields and bulk pricing nested. */
  static Product forCreate(PortableRecord record, StoreSide store, Options options) {
    ObjectNode fields = base(record, store, options, List.of());
    for (String nested : List.of("images", "videos", "custom_fields", "bulk_pricing_rules")) {
      if (record.fields().has(nested)) {
        fields.set(nested, record.fields().get(nested).deepCopy());
      }
    }
    if (record.fields().has("variants")) {
      fields.set("variants", variantsInCreationOrder(record.fields()));
    }
    if (!options.copyStock()) {
      fields.path("variants").forEach(v -> ((ObjectNode) v).remove("inventory_level"));
    }
    return Portable.typed(fields, Product.class);
  }

  /**
   * An update of the product's own fields (by id). Categories are replaced or appended as the
   * migration says; categories of other channels' trees are kept either way.
   */
  static Product forUpdate(PortableRecord record, StoredRecord destination, StoreSide store, Options options) {
    List<Integer> kept = new ArrayList<>();
    destination.ids().path("categories_outside_tree").forEach(id -> kept.add(id.asInt()));
    if (options.categoryAssignment() == CategoryAssignment.APPEND) {
      destination.record().fields().path("categories").forEach(path -> store.categoryId(path.asText()).ifPresent(kept::add));
    }
    ObjectNode fields = base(record, store, options, kept);
    fields.put("id", destination.id());
    return Portable.typed(fields, Product.class);
  }

  private static ObjectNode base(PortableRecord record, StoreSide store, Options options, List<Integer> keptCategories) {
    ObjectNode fields = record.fields().deepCopy();
    fields.remove(PARTS);
    fields.remove(List.of("brand", "categories"));
    if (!options.copyStock()) {
      fields.remove("inventory_level");
    }
    JsonNode brand = record.fields().get("brand");
    if (brand != null) {
      fields.put("brand_id", brand.isNull() || brand.asText().isEmpty() ? 0
          : store.brandRecords().id(brand.asText()).orElseThrow(() -> new Unresolved("brand '" + brand.asText() + "' is not on the destination")));
    }
    JsonNode categories = record.fields().get("categories");
    if (categories != null) {
      Set<Integer> ids = new LinkedHashSet<>(keptCategories);
      for (JsonNode path : categories) {
        ids.add(store.categoryId(path.asText())
            .orElseThrow(() -> new Unresolved("category '" + path.asText() + "' is not on the destination")));
      }
      ArrayNode array = fields.putArray("categories");
      ids.forEach(array::add);
    }
    return fields;
  }

  /**
   * The variants in the order their option values have on the source, so the options the store
   * makes from them list the values in the source's order (it numbers them as they first appear).
   */
  static ArrayNode variantsInCreationOrder(JsonNode product) {
    java.util.Map<String, Integer> rank = new java.util.HashMap<>();
    for (JsonNode option : product.path("options")) {
      List<JsonNode> values = new ArrayList<>();
      option.path("option_values").forEach(values::add);
      values.sort(java.util.Comparator.comparingInt(v -> v.path("sort_order").asInt()));
      for (int i = 0; i < values.size(); i++) {
        rank.put(option.path("display_name").asText() + "/" + values.get(i).path("label").asText(), i);
      }
    }
    List<JsonNode> variants = new ArrayList<>();
    product.path("variants").forEach(v -> variants.add(v.deepCopy()));
    variants.sort(java.util.Comparator.comparing((JsonNode v) -> {
      StringBuilder key = new StringBuilder();
      for (JsonNode value : v.path("option_values")) {
        int r = rank.getOrDefault(value.path("option_display_name").asText() + "/" + value.path("label").asText(), 9999);
        key.append(String.format("%05d|", r));
      }
      return key.toString();
    }));
    ArrayNode array = Portable.array();
    variants.forEach(array::add);
    return array;
  }

  /** The destination ids of a product's related products, or empty to leave them alone. */
  static Optional<List<Integer>> relatedIds(PortableRecord record, StoreSide store) {
    JsonNode related = record.fields().get("related_products");
    if (related == null || related.isNull()) {
      return Optional.empty();
    }
    if (related.isTextual() && ProductForm.AUTOMATIC.equals(related.asText())) {
      return Optional.of(List.of(-1));
    }
    List<Integer> ids = new ArrayList<>();
    for (JsonNode sku : related) {
      ids.add(store.productId(sku.asText())
          .orElseThrow(() -> new Unresolved("related product '" + sku.asText() + "' is not on the destination")));
    }
    return Optional.of(ids);
  }
}
