package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.RecordFailure;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.model.Metafield;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A product's metafields in its portable form ({@code metafields}, keyed by namespace + key),
 * read through the store-wide batch listing so a run pays a page of metafields per request rather
 * than a request per product. Writes create what the destination lacks and update what differs;
 * metafields only the destination has are left alone (another app may own them).
 */
final class ProductMetafields {
  static final String PART = "metafields";

  private ProductMetafields() {}

  /** Every product metafield on the store, by product id. */
  static Map<Integer, List<Metafield>> all(StoreSide store) {
    return byProduct(store.connector().metafields().list(MetafieldOwner.PRODUCT, ListQuery.all()));
  }

  /** The metafields of these products, by product id. */
  static Map<Integer, List<Metafield>> of(StoreSide store, Collection<Integer> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return byProduct(store.connector().metafields().list(MetafieldOwner.PRODUCT, ListQuery.where("resource_id:in", productIds)));
  }

  private static Map<Integer, List<Metafield>> byProduct(Stream<Metafield> metafields) {
    Map<Integer, List<Metafield>> byProduct = new HashMap<>();
    try (metafields) {
      metafields.forEach(m -> byProduct.computeIfAbsent(m.resourceId(), k -> new ArrayList<>()).add(m));
    }
    return byProduct;
  }

  static String key(String namespace, String key) {
    return namespace + "/" + key;
  }

  static String key(JsonNode metafield) {
    return key(metafield.path("namespace").asText(), metafield.path("key").asText());
  }

  /** The portable array; the ids writes need go to {@code ids.metafields}. */
  static ArrayNode portable(List<Metafield> metafields, ObjectNode ids) {
    ObjectNode idsByKey = ids.putObject(PART);
    return Portable.arrayOf(metafields, m -> {
      idsByKey.put(key(m.namespace(), m.key()), m.id());
      ObjectNode node = Portable.object().put("namespace", m.namespace()).put("key", m.key()).put("value", m.value());
      if (m.description() != null && !m.description().isEmpty()) {
        node.put("description", m.description());
      }
      node.put("permission_set", m.permissionSet());
      return node;
    }, Comparator.comparing((ObjectNode n) -> key(n)));
  }

  /** One product's wanted metafields and what the destination has (null for a product just created). */
  record Target(String sku, int productId, JsonNode wanted, StoredRecord current) {}

  /** Writes the targets' metafields in batches; returns the problems by SKU. */
  static Map<String, List<String>> write(StoreSide store, List<Target> targets, RecordComparer comparer) {
    List<Metafield> creates = new ArrayList<>();
    List<String> createOwners = new ArrayList<>();
    List<Metafield> updates = new ArrayList<>();
    List<String> updateOwners = new ArrayList<>();
    for (Target target : targets) {
      Map<String, JsonNode> existing = new LinkedHashMap<>();
      if (target.current() != null) {
        target.current().record().fields().path(PART).forEach(m -> existing.put(key(m), m));
      }
      for (JsonNode wanted : target.wanted()) {
        JsonNode have = existing.get(key(wanted));
        Integer id = target.current() == null ? null : target.current().partId(PART, key(wanted));
        if (have == null || id == null) {
          creates.add(draft(null, target.productId(), wanted));
          createOwners.add(target.sku());
        } else if (!comparer.diff(have, wanted).isEmpty()) {
          updates.add(draft(id, target.productId(), wanted));
          updateOwners.add(target.sku());
        }
      }
    }
    Map<String, List<String>> problems = new LinkedHashMap<>();
    send(creates, createOwners, problems, () -> store.connector().metafields().create(MetafieldOwner.PRODUCT, creates));
    send(updates, updateOwners, problems, () -> store.connector().metafields().update(MetafieldOwner.PRODUCT, updates));
    return problems;
  }

  private static Metafield draft(Integer id, int productId, JsonNode wanted) {
    JsonNode description = wanted.get("description");
    return new Metafield(id, wanted.path("namespace").asText(), wanted.path("key").asText(), wanted.path("value").asText(),
        description == null || description.isNull() ? null : description.asText(), wanted.path("permission_set").asText(),
        productId, null, null, null, null);
  }

  private static void send(List<Metafield> batch, List<String> owners, Map<String, List<String>> problems,
      java.util.function.Supplier<BatchResult<Metafield>> write) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      for (RecordFailure failure : write.get().failed()) {
        Metafield m = batch.get(failure.index());
        problems.computeIfAbsent(owners.get(failure.index()), k -> new ArrayList<>())
            .add("metafield '" + key(m.namespace(), m.key()) + "': " + Batches.message(failure));
      }
    } catch (StoreApiException e) {
      owners.stream().distinct().forEach(sku -> problems.computeIfAbsent(sku, k -> new ArrayList<>())
          .add("metafields: " + e.status() + " " + e.storeMessage()));
    }
  }
}
