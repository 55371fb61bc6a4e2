package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.PriceLists;
import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.PriceListAssignment;
import dev.stagingpro.core.store.model.PriceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link PriceLists} on the v3 price-list API. Records are upserted 1,000 per PUT, at most two at
 * once (the connector's endpoint caps); the store answers them without echoing the records and
 * names refused ones by identity, so a record is reported as sent unless refused.
 */
final class BcPriceLists implements PriceLists {
  static final int UPSERT_BATCH = 1000;
  static final int ASSIGN_BATCH = 25;
  /** SKUs per record delete: they travel in the query string. */
  static final int DELETE_RECORDS_BATCH = 100;
  private static final String LISTS = "/pricelists";
  private static final String LIST = LISTS + "/{price_list_id}";
  private static final String RECORDS = LIST + "/records";
  private static final String ASSIGNMENTS = LISTS + "/assignments";

  private final Wire wire;

  BcPriceLists(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<PriceList> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", LISTS), query, Pager.Style.CURSOR, PriceList.class);
  }

  @Override
  public Optional<PriceList> findByName(String name) {
    return list(ListQuery.where("name", name)).filter(l -> name.equalsIgnoreCase(l.name())).findFirst();
  }

  @Override
  public BatchResult<PriceList> create(List<PriceList> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", LISTS).withJson(batch.get(0)),
            PriceList.class,
            BcPriceLists::nameKey,
            batch -> {
              Map<String, PriceList> found = new HashMap<>();
              batch.forEach(d -> findByName(d.name()).ifPresent(l -> found.put(nameKey(l), l)));
              return found;
            }));
  }

  /** Names are unique without regard to case. */
  private static String nameKey(PriceList list) {
    return list.name() == null ? null : list.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public BatchResult<PriceList> update(List<PriceList> lists) {
    return wire.write(
        lists,
        WriteSpec.update(
            1,
            batch -> ApiRequest.of("PUT", "v3", LIST, batch.get(0).id()).withJson(batch.get(0).withId(null)),
            PriceList.class,
            l -> NaturalKeys.id(l.id()),
            l -> NaturalKeys.id(l.id())));
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteEach(ids, id -> ApiRequest.of("DELETE", "v3", LIST, id));
  }

  @Override
  public Stream<PriceRecord> records(int priceListId, ListQuery query) {
    return wire.list(ApiRequest.get("v3", RECORDS, priceListId), query.include("sku", "bulk_pricing_tiers"),
        Pager.Style.CURSOR, PriceRecord.class);
  }

  @Override
  public BatchResult<PriceRecord> upsertRecords(int priceListId, List<PriceRecord> records) {
    WriteSpec<PriceRecord, PriceRecord> spec =
        WriteSpec.update(
                UPSERT_BATCH,
                batch -> ApiRequest.of("PUT", "v3", RECORDS, priceListId)
                    .withJson(batch.stream().map(PriceRecord::withoutList).toList()),
                PriceRecord.class,
                PriceRecord::key,
                PriceRecord::key)
            .withNotEchoed(r -> r);
    return wire.write(records, spec);
  }

  @Override
  public BatchResult<String> deleteRecords(int priceListId, String currency, List<String> skus) {
    WriteSpec<String, String> spec =
        new WriteSpec<String, String>(
                DELETE_RECORDS_BATCH,
                false,
                batch -> ApiRequest.of("DELETE", "v3", RECORDS, priceListId)
                    .withQuery("currency", currency.toLowerCase(Locale.ROOT))
                    .withQuery("sku:in", BcProducts.join(batch)),
                JsonNode::asText,
                sku -> sku,
                sku -> sku,
                null,
                null)
            .withNotEchoed(sku -> sku);
    return wire.write(skus, spec);
  }

  @Override
  public Stream<PriceListAssignment> assignments(ListQuery query) {
    return wire.list(ApiRequest.get("v3", ASSIGNMENTS), query, Pager.Style.CURSOR, PriceListAssignment.class);
  }

  /**
   * The store answers a created batch without the assignments, so they are read back (one list
   * read for the whole call) to report them with their ids.
   */
  @Override
  public BatchResult<PriceListAssignment> assign(List<PriceListAssignment> assignments) {
    WriteSpec<PriceListAssignment, PriceListAssignment> spec =
        WriteSpec.create(
                ASSIGN_BATCH,
                batch -> ApiRequest.of("POST", "v3", ASSIGNMENTS).withJson(batch),
                PriceListAssignment.class,
                BcPriceLists::assignmentKey,
                this::stored)
            .withNotEchoed(a -> a);
    BatchResult<PriceListAssignment> result = wire.write(assignments, spec);
    if (result.succeeded().isEmpty()) {
      return result;
    }
    Map<String, PriceListAssignment> stored = stored(result.succeeded());
    List<PriceListAssignment> withIds =
        result.succeeded().stream().map(a -> stored.getOrDefault(assignmentKey(a), a)).toList();
    return new BatchResult<>(withIds, result.failed());
  }

  private Map<String, PriceListAssignment> stored(List<PriceListAssignment> drafts) {
    List<Integer> lists = drafts.stream().map(PriceListAssignment::priceListId).distinct().toList();
    return BatchWriter.byKey(assignments(ListQuery.where("price_list_id:in", lists)).toList(), BcPriceLists::assignmentKey);
  }

  private static String assignmentKey(PriceListAssignment a) {
    return a.priceListId() + "|" + a.target();
  }

  @Override
  public BatchResult<Integer> unassign(List<Integer> assignmentIds) {
    return wire.deleteEach(assignmentIds, id -> ApiRequest.of("DELETE", "v3", ASSIGNMENTS).withQuery("id", id));
  }
}
