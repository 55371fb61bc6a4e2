package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.Brands;
import dev.stagingpro.core.store.CategoryTrees;
import dev.stagingpro.core.store.Channels;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.CustomerGroups;
import dev.stagingpro.core.store.Customers;
import dev.stagingpro.core.store.Metafields;
import dev.stagingpro.core.store.PriceLists;
import dev.stagingpro.core.store.Products;
import dev.stagingpro.core.store.Promotions;
import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.ShippingZones;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.Themes;
import dev.stagingpro.core.store.model.StoreInfo;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The BigCommerce REST API as a {@link StoreConnector} (okhttp + jackson). */
public final class BigCommerceConnector implements StoreConnector {
  private final StoreEndpoint endpoint;
  private final RequestMetrics metrics;
  private final HttpExecutor http;
  private final ExecutorService pool;
  private final StoreInfo storeInfo;
  private final Products products;
  private final Brands brands;
  private final CategoryTrees categoryTrees;
  private final Customers customers;
  private final CustomerGroups customerGroups;
  private final Themes themes;
  private final Channels channels;
  private final Metafields metafields;
  private final PriceLists priceLists;
  private final Promotions promotions;
  private final ShippingZones shippingZones;

  private BigCommerceConnector(StoreEndpoint endpoint, ConnectorOptions options) {
    this.endpoint = endpoint;
    this.metrics = new RequestMetrics(options.clock());
    this.http = new HttpExecutor(endpoint, options, metrics);
    this.pool = Executors.newFixedThreadPool(options.maxInFlight(), threads(endpoint.environment()));
    Backoff backoff = new Backoff(options.backoffBase(), options.backoffMax(), options.random());
    Wire wire = new Wire(http, new BatchWriter(http, pool, metrics, backoff, options.maxAttempts()), pool);
    try {
      this.storeInfo = AccessCheck.verify(http, endpoint);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.products = new BcProducts(wire);
    this.brands = new BcBrands(wire);
    this.categoryTrees = new BcCategoryTrees(wire);
    this.customers = new BcCustomers(wire);
    this.customerGroups = new BcCustomerGroups(wire);
    this.themes = new BcThemes(wire, options);
    this.channels = new BcChannels(wire);
    this.metafields = new BcMetafields(wire);
    this.priceLists = new BcPriceLists(wire);
    this.promotions = new BcPromotions(wire);
    this.shippingZones = new BcShippingZones(wire);
  }

  /**
   * Connects to a store and checks its hash and token with one call.
   *
   * @throws dev.stagingpro.core.StagingProException bad input (exit 2) naming the environment when
   *     the hash is unknown (404), the token is refused (401) or lacks scopes (403)
   */
  public static BigCommerceConnector connect(StoreEndpoint endpoint, ConnectorOptions options) {
    return new BigCommerceConnector(endpoint, options);
  }

  private static ThreadFactory threads(String environment) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "stagingpro-store-" + environment + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String environment() {
    return endpoint.environment();
  }

  @Override
  public StoreInfo storeInfo() {
    return storeInfo;
  }

  @Override
  public Instant storeTime() {
    long seconds = http.call(ApiRequest.get("v2", "/time")).json().path("time").asLong();
    return Instant.ofEpochSecond(seconds);
  }

  @Override
  public Products products() {
    return products;
  }

  @Override
  public Brands brands() {
    return brands;
  }

  @Override
  public CategoryTrees categoryTrees() {
    return categoryTrees;
  }

  @Override
  public Customers customers() {
    return customers;
  }

  @Override
  public CustomerGroups customerGroups() {
    return customerGroups;
  }

  @Override
  public Themes themes() {
    return themes;
  }

  @Override
  public Channels channels() {
    return channels;
  }

  @Override
  public Metafields metafields() {
    return metafields;
  }

  @Override
  public PriceLists priceLists() {
    return priceLists;
  }

  @Override
  public Promotions promotions() {
    return promotions;
  }

  @Override
  public ShippingZones shippingZones() {
    return shippingZones;
  }

  @Override
  public RequestMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    http.close();
  }

  @Override
  public String toString() {
    return "BigCommerceConnector[" + endpoint.environment() + ", store " + endpoint.storeHash() + "]";
  }
}
