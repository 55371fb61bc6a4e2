package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.PriceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Price list records, keyed by list + currency + variant SKU ({@code Wholesale|USD|SHIRT-M}, the
 * {@code record} field): prices and bulk pricing tiers. A record names its list and the product
 * its variant belongs to, so both come along. Writes go per list in the store's largest upserts.
 */
public final class PriceRecordAdapter extends AdapterBase {
  public PriceRecordAdapter() {
    super(Entity.PRICE_LIST_RECORDS, false);
  }

  static String key(String list, String currency, String sku) {
    return list + "|" + currency.toUpperCase(Locale.ROOT) + "|" + sku;
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.priceLists().list().stream().flatMap(list -> store.connector().priceLists().records(list.id(), ListQuery.all())
        .map(record -> new StoredRecord(portable(list, record, store), Portable.object())));
  }

  private static PortableRecord portable(PriceList list, PriceRecord record, StoreSide store) {
    ObjectNode fields = Portable.object();
    String key = key(list.name(), record.currency(), record.sku() == null ? "" : record.sku());
    fields.put("record", key).put("price_list", list.name());
    fields.setAll(Portable.without(Portable.tree(record), "price_list_id", "variant_id"));
    fields.put("currency", record.currency().toUpperCase(Locale.ROOT));
    fields.set("bulk_pricing_tiers", Portable.arrayOf(record.bulkPricingTiers(), t -> Portable.without(Portable.tree(t), "id"),
        Portable.byInt("quantity_min")));
    if (record.productId() != null) {
      store.productSku(record.productId()).ifPresent(sku -> fields.put("product", sku));
    }
    return new PortableRecord(Entity.PRICE_LIST_RECORDS, key, fields, Optional.empty());
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, List<String>> skusByList = new LinkedHashMap<>();
    for (String key : keys) {
      String[] parts = key.split("\\|", 3);
      if (parts.length == 3) {
        skusByList.computeIfAbsent(parts[0], l -> new ArrayList<>()).add(parts[2]);
      }
    }
    Map<String, StoredRecord> found = new HashMap<>();
    skusByList.forEach((listName, skus) -> store.priceLists().get(listName).ifPresent(list -> {
      try (Stream<PriceRecord> records = store.connector().priceLists().records(list.id(), ListQuery.where("sku:in", skus))) {
        records.map(r -> portable(list, r, store)).filter(r -> keys.contains(r.key()))
            .forEach(r -> found.put(r.key(), new StoredRecord(r, Portable.object())));
      }
    }));
    return found;
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Map<Entity, Set<String>> references = new LinkedHashMap<>();
    Optional.ofNullable(Portable.text(record.fields(), "price_list")).ifPresent(l -> references.put(Entity.PRICE_LISTS, Set.of(l)));
    Optional.ofNullable(Portable.text(record.fields(), "product")).ifPresent(p -> references.put(Entity.PRODUCTS, Set.of(p)));
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    return Portable.text(record.fields(), "sku") == null ? List.of("no SKU (price records are matched by list, currency and SKU)") : List.of();
  }

  @Override
  public int writeChunk() {
    return 1000;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return upsert(store, records);
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return upsert(store, updates.stream().map(Update::source).toList());
  }

  /** Creates and updates alike: one upsert per list. */
  private static List<WriteOutcome> upsert(StoreSide store, List<PortableRecord> records) {
    Map<String, WriteOutcome> outcomes = new HashMap<>();
    Map<String, List<PortableRecord>> byList = new LinkedHashMap<>();
    records.forEach(r -> byList.computeIfAbsent(Portable.text(r.fields(), "price_list"), l -> new ArrayList<>()).add(r));
    byList.forEach((listName, inList) -> {
      Optional<PriceList> list = store.priceLists().get(listName);
      if (list.isEmpty()) {
        inList.forEach(r -> outcomes.put(r.key(), WriteOutcome.failed(r.key(), "price list '" + listName + "' is not on the destination")));
        return;
      }
      List<PriceRecord> sent = inList.stream()
          .map(r -> Portable.typed(Portable.without(r.fields().deepCopy(), "record", "price_list", "product"), PriceRecord.class)).toList();
      BatchResult<PriceRecord> result = store.connector().priceLists().upsertRecords(list.get().id(), sent);
      Batches.outcomes(BrandAdapter.keys(inList), result, r -> 0).forEach(o -> outcomes.put(o.key(), o));
    });
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<WriteOutcome> outcomes = new ArrayList<>();
    Map<String, List<StoredRecord>> byListAndCurrency = new LinkedHashMap<>();
    records.forEach(r -> byListAndCurrency.computeIfAbsent(Portable.text(r.record().fields(), "price_list") + "|"
        + Portable.text(r.record().fields(), "currency"), k -> new ArrayList<>()).add(r));
    byListAndCurrency.forEach((listAndCurrency, group) -> {
      String[] parts = listAndCurrency.split("\\|", 2);
      int listId = store.priceLists().id(parts[0]).orElseThrow();
      List<String> skus = group.stream().map(r -> Portable.text(r.record().fields(), "sku")).toList();
      BatchResult<String> result = store.connector().priceLists().deleteRecords(listId, parts[1], skus);
      List<String> failed = result.failed().stream().map(f -> f.key()).toList();
      group.forEach(r -> outcomes.add(failed.contains(Portable.text(r.record().fields(), "sku"))
          ? WriteOutcome.failed(r.key(), "the store did not delete it") : WriteOutcome.saved(r.key(), 0)));
    });
    return outcomes;
  }
}
