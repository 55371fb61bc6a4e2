package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.PriceListAssignment;
import dev.stagingpro.core.store.model.PriceRecord;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Price lists, their records and their assignments; lists match by {@code name}, records by list +
 * SKU + currency ({@link PriceRecord#key()}), assignments by list + group + channel.
 */
public interface PriceLists {
  /** Filters: {@code id:in}, {@code name}, {@code name:like}, {@code date_modified:min}, ... */
  Stream<PriceList> list(ListQuery query);

  Optional<PriceList> findByName(String name);

  /** One request each; duplicate-safe by name. */
  BatchResult<PriceList> create(List<PriceList> drafts);

  /** Updates lists by id (name, active). */
  BatchResult<PriceList> update(List<PriceList> lists);

  /** Deletes lists with their records and assignments, one at a time (the store allows no more). */
  BatchResult<Integer> delete(List<Integer> ids);

  /**
   * One list's records, page by page (cursor), always with their SKU and bulk pricing tiers.
   * Filters: {@code sku:in}, {@code currency}, {@code currency:in}, {@code variant_id:in}, {@code
   * product_id:in}, {@code date_modified:min}, ...
   */
  Stream<PriceRecord> records(int priceListId, ListQuery query);

  /**
   * Creates or updates records of one list (by SKU or variant id, and currency), 1,000 per request
   * and two requests at once, the most the store allows. Records are reported as sent.
   */
  BatchResult<PriceRecord> upsertRecords(int priceListId, List<PriceRecord> records);

  /** Deletes one list's records of these SKUs in one currency, 100 SKUs per request. */
  BatchResult<String> deleteRecords(int priceListId, String currency, List<String> skus);

  /**
   * Assignments. Filters: {@code price_list_id}, {@code price_list_id:in}, {@code customer_group_id},
   * {@code customer_group_id:in}, {@code channel_id}, {@code channel_id:in}, {@code id:in}.
   */
  Stream<PriceListAssignment> assignments(ListQuery query);

  /** Creates assignments, 25 per request; duplicate-safe by list + target. */
  BatchResult<PriceListAssignment> assign(List<PriceListAssignment> assignments);

  /** Deletes assignments by id, one request each. */
  BatchResult<Integer> unassign(List<Integer> assignmentIds);
}
