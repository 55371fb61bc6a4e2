package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.CategoryAssignment;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Product;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Products with their variants, options, modifiers, images, videos, custom fields, bulk pricing
 * rules, metafields and related products (see {@link ProductForm}), keyed by SKU. Creates send one product
 * per request with its parts nested; updates change the product in place by SKU, so variant ids
 * (and the orders that point at them) survive.
 */
public final class ProductAdapter extends AdapterBase {
  /** The store's limits per product. */
  static final int MAX_NAME = 250;
  static final int MAX_VARIANTS = 600;
  static final int MAX_IMAGES = 1000;
  static final int MAX_CUSTOM_FIELDS = 200;
  static final int MAX_CATEGORIES = 1000;
  private static final List<String> REQUIRED_ON_CREATE = List.of("name", "type", "price", "weight");

  public ProductAdapter() {
    super(Entity.PRODUCTS, false);
  }

  @Override
  public Stream<PortableRecord> read(StoreSide store) {
    Map<Integer, List<Metafield>> metafields = ProductMetafields.all(store);
    return store.connector().products().list(ListQuery.all().include(ProductForm.INCLUDE))
        .map(p -> ProductForm.of(p, store, metafields.getOrDefault(p.id(), List.of())).record());
  }

  /** Looked up by id through the store's SKU index, a page of records per request. */
  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<Integer, String> ids = new LinkedHashMap<>();
    for (String key : keys) {
      store.productId(key).ifPresent(id -> ids.put(id, key));
    }
    Map<String, StoredRecord> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    Map<Integer, List<Metafield>> metafields = ProductMetafields.of(store, ids.keySet());
    try (Stream<Product> products = store.connector().products()
        .list(ListQuery.where("id:in", ids.keySet()).include(ProductForm.INCLUDE))) {
      products.forEach(p -> found.put(ids.get(p.id()), ProductForm.of(p, store, metafields.getOrDefault(p.id(), List.of()))));
    }
    return found;
  }

  /** Ids and SKUs only (products without a SKU by their id): deleting needs no more. */
  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.connector().products().list(ListQuery.where("include_fields", "sku")).map(p -> new StoredRecord(
        new PortableRecord(Entity.PRODUCTS, p.sku() == null || p.sku().isEmpty() ? "#" + p.id() : p.sku(), Portable.object(),
            java.util.Optional.of(p.id().longValue())), Portable.object()));
  }

  @Override
  public boolean exists(StoreSide store, String key) {
    return store.productId(key).isPresent();
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Map<Entity, Set<String>> references = new LinkedHashMap<>();
    String brand = Portable.text(record.fields(), "brand");
    if (brand != null) {
      references.put(Entity.BRANDS, Set.of(brand));
    }
    Set<String> categories = new LinkedHashSet<>();
    record.fields().path("categories").forEach(c -> categories.add(c.asText()));
    if (!categories.isEmpty()) {
      references.put(Entity.CATEGORIES, categories);
    }
    Set<String> related = new LinkedHashSet<>();
    JsonNode relatedNode = record.fields().path("related_products");
    if (relatedNode.isArray()) {
      relatedNode.forEach(sku -> related.add(sku.asText()));
    }
    related.remove(record.key());
    if (!related.isEmpty()) {
      references.put(Entity.PRODUCTS, related);
    }
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    if (record.key().isBlank()) {
      problems.add("no SKU (products are matched by SKU; give it one on the source)");
    }
    String name = Portable.text(record.fields(), "name");
    if (name != null && name.length() > MAX_NAME) {
      problems.add("name is longer than " + MAX_NAME + " characters");
    }
    limit(problems, record, "variants", MAX_VARIANTS);
    limit(problems, record, "images", MAX_IMAGES);
    limit(problems, record, "custom_fields", MAX_CUSTOM_FIELDS);
    limit(problems, record, "categories", MAX_CATEGORIES);
    for (JsonNode variant : record.fields().path("variants")) {
      if (Portable.text(variant, "sku") == null) {
        problems.add("a variant has no SKU (variants are matched by SKU)");
        break;
      }
    }
    return problems;
  }

  /** Required fields matter only for a record the destination does not have yet. */
  @Override
  public List<String> missingForCreate(PortableRecord record) {
    return REQUIRED_ON_CREATE.stream().filter(f -> record.fields().path(f).isMissingNode() || record.fields().path(f).isNull())
        .map(f -> "required field '" + f + "' is missing").toList();
  }

  private static void limit(List<String> problems, PortableRecord record, String field, int max) {
    int size = record.fields().path(field).size();
    if (size > max) {
      problems.add(size + " " + field.replace('_', ' ') + " (the store takes at most " + max + ")");
    }
  }

  @Override
  public ComparisonRules rules(Options options) {
    Set<String> ignored = options.copyStock() ? Set.of() : Set.of("inventory_level", "variants.inventory_level");
    Set<String> additive = new LinkedHashSet<>();
    additive.add(ProductMetafields.PART);
    if (!options.pruneImages()) {
      additive.add("images");
    }
    if (options.categoryAssignment() == CategoryAssignment.APPEND) {
      additive.add("categories");
    }
    return new ComparisonRules(ignored, additive);
  }

  /** Creates go one per request (several in flight); this many share a journal write. */
  @Override
  public int writeChunk() {
    return 64;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return new ProductCreator(store, options).create(records);
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return new ProductUpdater(store, options, rules(options)).update(updates);
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    BatchResult<Integer> result = store.connector().products().delete(ids);
    List<WriteOutcome> outcomes = Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids, result);
    outcomes.stream().filter(WriteOutcome::ok).forEach(o -> store.productDeleted(o.key()));
    return outcomes;
  }

  @Override
  public boolean needsFinish(PortableRecord record) {
    JsonNode related = record.fields().path("related_products");
    return related.isTextual() || (related.isArray() && !related.isEmpty());
  }

  /** Related products name other products, so they are set once every product is on the destination. */
  @Override
  public List<WriteOutcome> finish(StoreSide store, List<PortableRecord> written, Options options) {
    List<WriteOutcome> outcomes = new ArrayList<>();
    List<Product> updates = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (PortableRecord record : written) {
      try {
        List<Integer> related = ProductDrafts.relatedIds(record, store).orElse(List.of());
        int id = store.productId(record.key()).orElseThrow(() -> new ProductDrafts.Unresolved("the product is not on the destination"));
        updates.add(Product.builder().id(id).relatedProducts(related).build());
        keys.add(record.key());
      } catch (ProductDrafts.Unresolved e) {
        outcomes.add(WriteOutcome.failed(record.key(), "related products: " + e.getMessage()));
      }
    }
    outcomes.addAll(Batches.outcomes(keys, store.connector().products().update(updates), Product::id));
    return outcomes;
  }
}
