package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.ModifierValue;
import dev.stagingpro.core.store.model.OptionValue;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductModifier;
import dev.stagingpro.core.store.model.ProductOption;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.VariantOptionValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A product's portable form. The store's ids become natural keys: {@code brand} is the brand's
 * name, {@code categories} are paths in the channel's tree, {@code related_products} are SKUs (or
 * {@code "automatic"}), and variants name their option values by option and label. Parts are
 * keyed by what identifies them across stores: variants by SKU, options and modifiers by display
 * name, images by source URL, videos by video id, custom fields by name, bulk pricing rules by
 * quantity range, metafields by namespace and key. Statistics (views, sales, ratings) and store-only ids (tax class, gift wrapping)
 * are left out. The ids writes need are kept beside the form ({@link StoredRecord#ids()}).
 */
final class ProductForm {
  /** Every sub-resource a product read asks for (options and modifiers make the store page by 10). */
  static final String[] INCLUDE = {"variants", "images", "custom_fields", "bulk_pricing_rules", "videos", "options", "modifiers"};
  static final String AUTOMATIC = "automatic";

  /** Fields of the typed product that are not the product's own data or not portable. */
  private static final String[] LEFT_OUT = {"id", "brand_id", "categories", "related_products", "variants", "images", "videos",
      "custom_fields", "bulk_pricing_rules", "view_count", "tax_class_id", "gift_wrapping_options_list", "date_last_imported"};

  private ProductForm() {}

  static StoredRecord of(Product product, StoreSide store) {
    return of(product, store, null);
  }

  /** With the product's metafields (null: a partial form that leaves them out). */
  static StoredRecord of(Product product, StoreSide store, List<Metafield> metafields) {
    ObjectNode ids = Portable.object();
    ObjectNode fields = Portable.withoutDerivedUrl(Portable.without(Portable.tree(product), LEFT_OUT), "custom_url");
    fields.set("brand", product.brandId() == null || product.brandId() == 0 ? null
        : store.brandRecords().name(product.brandId()).map(TextNode::valueOf).orElse(null));
    fields.set("categories", categories(product, store, ids));
    fields.set("related_products", related(product.relatedProducts(), store));
    fields.set("variants", variants(product.variants(), ids.putObject("variants")));
    fields.set("options", choices(product.options(), ProductOption::displayName, ProductOption::id, ProductOption::optionValues,
        OptionValue::id, OptionValue::label, ids.putObject("options"), ids.putObject("option_values")));
    fields.set("modifiers", choices(product.modifiers(), ProductModifier::displayName, ProductModifier::id, ProductModifier::optionValues,
        ModifierValue::id, ModifierValue::label, ids.putObject("modifiers"), ids.putObject("modifier_values")));
    fields.set("images", images(product.images(), ids.putObject("images")));
    fields.set("videos", Portable.arrayOf(product.videos(), v -> keep(ids, "videos", v.videoId(), v.id(),
        Portable.without(Portable.tree(v), "id", "product_id")), Portable.byText("video_id")));
    fields.set("custom_fields", Portable.arrayOf(product.customFields(), f -> keep(ids, "custom_fields", customFieldKey(f), f.id(),
        Portable.without(Portable.tree(f), "id")), Comparator.comparing((ObjectNode n) -> n.path("name").asText()).thenComparing(n -> n.path("value").asText())));
    fields.set("bulk_pricing_rules", Portable.arrayOf(product.bulkPricingRules(), r -> keep(ids, "bulk_pricing_rules", rangeKey(r), r.id(),
        Portable.without(Portable.tree(r), "id")), Portable.byInt("quantity_min")));
    if (metafields != null) {
      fields.set(ProductMetafields.PART, ProductMetafields.portable(metafields, ids));
    }
    String sku = product.sku() == null ? "" : product.sku();
    return new StoredRecord(new PortableRecord(Entity.PRODUCTS, sku, fields, Optional.ofNullable(product.id()).map(Integer::longValue)), ids);
  }

  private static ObjectNode keep(ObjectNode ids, String part, String key, Integer id, ObjectNode node) {
    if (id != null && key != null) {
      ids.withObjectProperty(part).put(key, id);
    }
    return node;
  }

  /** Paths of the categories in the channel's tree; ids of other trees are kept aside, untouched. */
  private static ArrayNode categories(Product product, StoreSide store, ObjectNode ids) {
    ArrayNode outside = ids.putArray("categories_outside_tree");
    List<String> paths = new ArrayList<>();
    if (product.categories() != null) {
      for (Integer id : product.categories()) {
        Optional<String> path = store.categoryPath(id);
        if (path.isPresent()) {
          paths.add(path.get());
        } else {
          outside.add(id);
        }
      }
    }
    paths.sort(null);
    ArrayNode array = Portable.array();
    paths.forEach(array::add);
    return array;
  }

  private static JsonNode related(List<Integer> ids, StoreSide store) {
    if (ids == null) {
      return null;
    }
    if (ids.contains(-1)) {
      return TextNode.valueOf(AUTOMATIC);
    }
    ArrayNode skus = Portable.array();
    ids.stream().map(store::productSku).flatMap(Optional::stream).sorted().forEach(skus::add);
    return skus;
  }

  /** Variants built on option values; the base variant of a product without options is the product itself. */
  private static ArrayNode variants(List<ProductVariant> variants, ObjectNode ids) {
    List<ProductVariant> real = variants == null ? List.of()
        : variants.stream().filter(v -> v.optionValues() != null && !v.optionValues().isEmpty()).toList();
    return Portable.arrayOf(real, v -> {
      if (v.id() != null) {
        ids.put(v.sku(), v.id());
      }
      ObjectNode node = Portable.without(Portable.tree(v), "id", "product_id", "option_values");
      ArrayNode values = node.putArray("option_values");
      for (VariantOptionValue value : v.optionValues()) {
        values.addObject().put("option_display_name", value.optionDisplayName()).put("label", value.label());
      }
      return node;
    }, Portable.byText("sku"));
  }

  /** Options and modifiers alike: by display name, values by label (their ids kept aside by "name/label"). */
  private static <T, V> ArrayNode choices(List<T> items, Function<T, String> name, Function<T, Integer> id,
      Function<T, List<V>> values, Function<V, Integer> valueId, Function<V, String> label, ObjectNode ids, ObjectNode valueIds) {
    return Portable.arrayOf(items, item -> {
      ids.put(name.apply(item), id.apply(item));
      ObjectNode node = Portable.without(Portable.tree(item), "id", "product_id", "option_values");
      node.set("option_values", values(name.apply(item), values.apply(item), valueId, label, valueIds,
          v -> Portable.without(Portable.tree(v), "id", "option_id")));
      return node;
    }, Portable.byText("display_name"));
  }

  private static <V> ArrayNode values(String owner, List<V> values, Function<V, Integer> id, Function<V, String> label,
      ObjectNode valueIds, Function<V, ObjectNode> map) {
    ArrayNode array = Portable.array();
    if (values != null) {
      for (V value : values) {
        if (id.apply(value) != null) {
          valueIds.put(owner + "/" + label.apply(value), id.apply(value));
        }
        array.add(map.apply(value));
      }
    }
    return array;
  }

  /** Images by source URL: the URL the store was given (or, lacking it, the store's own full-size URL). */
  private static ArrayNode images(List<ProductImage> images, ObjectNode ids) {
    return Portable.arrayOf(images, image -> {
      String url = imageUrl(image);
      if (image.id() != null) {
        ids.put(url, image.id());
      }
      ObjectNode node = Portable.object().put("image_url", url);
      node.setAll(Portable.without(Portable.tree(image), "id", "product_id", "image_url"));
      return node;
    }, Comparator.comparingLong((ObjectNode n) -> n.path("sort_order").asLong()).thenComparing(n -> n.path("image_url").asText()));
  }

  static String imageUrl(ProductImage image) {
    if (image.imageUrl() != null && !image.imageUrl().isBlank()) {
      return image.imageUrl();
    }
    return Objects.requireNonNullElse(image.urlZoom(), "");
  }

  static String customFieldKey(CustomField field) {
    return field.name() + "=" + field.value();
  }

  static String customFieldKey(JsonNode field) {
    return field.path("name").asText() + "=" + field.path("value").asText();
  }

  static String rangeKey(BulkPricingRule rule) {
    return rule.quantityMin() + ".." + rule.quantityMax();
  }

  static String rangeKey(JsonNode rule) {
    return rule.path("quantity_min").asText() + ".." + rule.path("quantity_max").asText();
  }
}
