package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Swaps the store ids in a promotion's rules for natural keys and back: item matchers listing
 * {@code brands}, {@code categories} or {@code products}, a gift's {@code product_id}, and a
 * shipping action's {@code zone_ids}, wherever they sit in the rules. Matchers on variant ids
 * have no portable form yet and are reported.
 */
final class PromotionReferences {
  private static final Map<String, Entity> LISTS = Map.of("brands", Entity.BRANDS, "categories", Entity.CATEGORIES,
      "products", Entity.PRODUCTS, "zone_ids", Entity.SHIPPING_ZONES);
  static final String UNSUPPORTED = "#unsupported";

  private PromotionReferences() {}

  /** The rules with names, SKUs and paths instead of ids (a copy); unknown ids become {@code #id}. */
  static JsonNode toKeys(JsonNode rules, StoreSide store) {
    JsonNode copy = rules.deepCopy();
    walk(copy, store, true);
    return copy;
  }

  /** The rules with the destination's ids; throws {@link ProductDrafts.Unresolved} naming what is missing. */
  static JsonNode toIds(JsonNode rules, StoreSide store) {
    JsonNode copy = rules.deepCopy();
    walk(copy, store, false);
    return copy;
  }

  /** Every record the rules name, by entity. */
  static Map<Entity, Set<String>> named(JsonNode rules) {
    Map<Entity, Set<String>> named = new LinkedHashMap<>();
    collect(rules, named);
    return named;
  }

  /** Rewrites the references in place: ids to keys ({@code toKeys}), or keys to the store's ids. */
  private static void walk(JsonNode node, StoreSide store, boolean toKeys) {
    if (node instanceof ObjectNode object) {
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        JsonNode value = object.get(field);
        if (LISTS.containsKey(field) && value.isArray()) {
          ArrayNode mapped = Portable.array();
          for (JsonNode v : value) {
            if (toKeys) {
              mapped.add(key(store, LISTS.get(field), v));
            } else {
              mapped.add(id(store, LISTS.get(field), v.asText()));
            }
          }
          object.set(field, mapped);
        } else if (toKeys && "product_id".equals(field) && value.canConvertToInt()) {
          object.remove(field);
          object.put("product", key(store, Entity.PRODUCTS, value));
        } else if (!toKeys && "product".equals(field) && value.isTextual()) {
          object.remove(field);
          object.put("product_id", id(store, Entity.PRODUCTS, value.asText()));
        } else if (toKeys && ("variant_id".equals(field) || "variants".equals(field))) {
          object.put(field, UNSUPPORTED);
        } else {
          walk(value, store, toKeys);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(element -> walk(element, store, toKeys));
    }
  }

  private static void collect(JsonNode node, Map<Entity, Set<String>> named) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (LISTS.containsKey(field.getKey()) && field.getValue().isArray()) {
          field.getValue().forEach(name -> named.computeIfAbsent(LISTS.get(field.getKey()), e -> new LinkedHashSet<>()).add(name.asText()));
        } else if ("product".equals(field.getKey()) && field.getValue().isTextual()) {
          named.computeIfAbsent(Entity.PRODUCTS, e -> new LinkedHashSet<>()).add(field.getValue().asText());
        } else {
          collect(field.getValue(), named);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(element -> collect(element, named));
    }
  }

  private static String key(StoreSide store, Entity entity, JsonNode id) {
    return name(store, entity, id.asInt()).orElse("#" + id.asText());
  }

  private static Optional<String> name(StoreSide store, Entity entity, int id) {
    return switch (entity) {
      case BRANDS -> store.brandRecords().name(id);
      case CATEGORIES -> store.categoryPath(id);
      case PRODUCTS -> store.productSku(id);
      default -> store.shippingZones().name(id);
    };
  }

  private static int id(StoreSide store, Entity entity, String name) {
    Optional<Integer> id = switch (entity) {
      case BRANDS -> store.brandRecords().id(name);
      case CATEGORIES -> store.categoryId(name);
      case PRODUCTS -> store.productId(name);
      default -> store.shippingZones().id(name);
    };
    return id.orElseThrow(() -> new ProductDrafts.Unresolved(entity.key() + " '" + name + "' is not on the destination"));
  }
}
