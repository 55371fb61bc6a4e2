package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.ProductParts;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.model.ProductReview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Product reviews, keyed by product SKU, title and reviewer e-mail ({@code KET-1|Boils fast|ann@example.com},
 * the {@code review} field). Reviews are read product by product (one request each, which is why
 * the entity is opt-in), and written on the destination product of the same SKU.
 */
public final class ProductReviewAdapter extends AdapterBase {
  private static final int MAX_TITLE = 255;

  public ProductReviewAdapter() {
    super(Entity.PRODUCT_REVIEWS, false);
  }

  static String key(String sku, String title, String email) {
    return sku + "|" + title + "|" + (email == null ? "" : email);
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.productIndex().entrySet().stream().flatMap(product -> reviewsOf(store, product.getKey(), product.getValue()));
  }

  private static Stream<StoredRecord> reviewsOf(StoreSide store, String sku, int productId) {
    return reviews(store).list(productId).stream().map(r -> new StoredRecord(portable(sku, r), Portable.object()));
  }

  private static PortableRecord portable(String sku, ProductReview review) {
    String key = key(sku, review.title(), review.email());
    ObjectNode fields = Portable.object();
    fields.put("review", key).put("product", sku);
    fields.setAll(Portable.without(Portable.tree(review), "id", "product_id", "date_created", "date_modified"));
    return new PortableRecord(Entity.PRODUCT_REVIEWS, key, fields, Optional.ofNullable(review.id()).map(Integer::longValue));
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new HashMap<>();
    Set<String> skus = new LinkedHashSet<>();
    keys.forEach(k -> skus.add(sku(k)));
    for (String sku : skus) {
      store.productId(sku).ifPresent(id -> reviewsOf(store, sku, id).filter(r -> keys.contains(r.key())).forEach(r -> found.put(r.key(), r)));
    }
    return found;
  }

  /** The SKU part of a key (so SKUs holding {@code |} are not told apart from their titles). */
  private static String sku(String key) {
    int bar = key.indexOf('|');
    return bar < 0 ? key : key.substring(0, bar);
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Map<Entity, Set<String>> references = new LinkedHashMap<>();
    Optional.ofNullable(Portable.text(record.fields(), "product")).ifPresent(p -> references.put(Entity.PRODUCTS, Set.of(p)));
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    String title = Portable.text(record.fields(), "title");
    if (title == null || title.isBlank()) {
      problems.add("no title (reviews are matched by product SKU, title and e-mail)");
    } else if (title.length() > MAX_TITLE) {
      problems.add("title is longer than " + MAX_TITLE + " characters");
    }
    return problems;
  }

  @Override
  public int writeChunk() {
    return 50;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return records.stream().map(r -> onProduct(store, r, productId -> reviews(store).create(productId, draft(r)).id())).toList();
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return updates.stream().map(u -> onProduct(store, u.source(),
        productId -> reviews(store).update(productId, u.destination().id(), draft(u.source())).id())).toList();
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    return records.stream().map(r -> onProduct(store, r.record(), productId -> {
      reviews(store).delete(productId, r.id());
      return r.id();
    })).toList();
  }

  /** Runs one write on the destination product of the record's SKU, turning store errors into the record's outcome. */
  private static WriteOutcome onProduct(StoreSide store, PortableRecord record, Write write) {
    String sku = Portable.text(record.fields(), "product");
    Optional<Integer> productId = sku == null ? Optional.empty() : store.productId(sku);
    if (productId.isEmpty()) {
      return WriteOutcome.failed(record.key(), "product SKU '" + sku + "' is not on the destination");
    }
    try {
      Integer id = write.on(productId.get());
      return WriteOutcome.saved(record.key(), id == null ? 0 : id);
    } catch (StoreApiException e) {
      return WriteOutcome.failed(record.key(), e.status() + " " + e.storeMessage());
    }
  }

  private static ProductReview draft(PortableRecord record) {
    return Portable.typed(Portable.without(record.fields().deepCopy(), "review", "product"), ProductReview.class);
  }

  private static ProductParts<ProductReview> reviews(StoreSide store) {
    return store.connector().products().reviews();
  }

  @FunctionalInterface
  private interface Write {
    /** Writes on the product and answers the review's id. */
    Integer on(int productId);
  }
}
