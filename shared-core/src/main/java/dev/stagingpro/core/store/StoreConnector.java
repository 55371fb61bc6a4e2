package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.StoreInfo;
import java.time.Instant;

/**
 * Everything the core does with one store, as typed operations: the only place that speaks HTTP
 * to a store. Reads are lazy streams fetched page by page (memory stays flat whatever the store's
 * size); writes take lists, send them in the largest batches each endpoint allows and report
 * per-record failures. Rate limits, retries and duplicate-safe creates are handled inside.
 *
 * <p>A connector is created by {@link StoreConnectors#connect}, which checks the store hash and
 * token once. It is thread-safe: all callers share its quota, in-flight limit and metrics. Other entity groups (price lists, promotions, shipping zones, ...) are added as
 * further accessors beside the ones below.
 */
public interface StoreConnector extends AutoCloseable {
  /** The environment name used in messages. */
  String environment();

  /** The store's details, read by the start-up check. */
  StoreInfo storeInfo();

  /** The store's clock ({@code GET /v2/time}). */
  Instant storeTime();

  Products products();

  Brands brands();

  CategoryTrees categoryTrees();

  Customers customers();

  CustomerGroups customerGroups();

  Themes themes();

  Channels channels();

  Metafields metafields();

  PriceLists priceLists();

  Promotions promotions();

  ShippingZones shippingZones();

  /** What this connector did on the wire so far. */
  RequestMetrics metrics();

  @Override
  void close();
}
