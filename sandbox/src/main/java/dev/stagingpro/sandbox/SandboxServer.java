package dev.stagingpro.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.stagingpro.sandbox.api.ApiArea;
import dev.stagingpro.sandbox.api.SandboxAreas;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.StoreData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A local BigCommerce-compatible API server on 127.0.0.1 hosting any number of stores under
 * {@code /stores/{hash}/v2|v3/...}.
 *
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults())) {
 *   SandboxStore store = server.createStore("staging");
 *   // call server.baseUrl() + "/stores/" + store.hash() + "/v3/catalog/products"
 *   // with header X-Auth-Token: store.token().reveal()
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY every answer waits
    // for the client's delayed ACK (about 40 ms). Read once, when the server classes load.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SandboxOptions options;
  private final List<ApiArea> areas;
  private final Routes routes = new Routes();
  private final Map<String, SandboxStore> stores = new ConcurrentHashMap<>();
  private final Downloads downloads = new Downloads(this::baseUrl);
  private HttpServer http;
  private ExecutorService executor;
  private String baseUrl;

  private SandboxServer(SandboxOptions options, List<ApiArea> areas) {
    this.options = options;
    this.areas = areas;
    areas.forEach(area -> area.register(routes));
  }

  /** Starts a server with every standard API area; stores under {@code dataDir} are loaded. */
  public static SandboxServer start(SandboxOptions options) {
    SandboxServer server = new SandboxServer(options, SandboxAreas.standard());
    server.loadStores();
    server.listen();
    return server;
  }

  private void listen() {
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + options.port(), e);
    }
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    executor = pool;
    http.setExecutor(executor);
    http.createContext("/", new RequestPipeline(this, routes));
    http.start();
    baseUrl = "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private void loadStores() {
    if (options.dataDir() == null) {
      return;
    }
    Path dir = storesDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        if (StoreData.existsIn(child)) {
          SandboxStore store = new SandboxStore(this, StoreData.load(child), options.rateLimit());
          stores.put(store.hash(), store);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sandbox stores in " + dir, e);
    }
  }

  /** e.g. {@code http://127.0.0.1:40123}; stores live under {@code /stores/{hash}/v3}. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public Clock clock() {
    return options.clock();
  }

  public SandboxOptions options() {
    return options;
  }

  public SandboxStore createStore(String name) {
    return createStore(StoreSpec.named(name));
  }

  /** Creates a store with one API account, its default channel, site, category tree and theme. */
  public synchronized SandboxStore createStore(StoreSpec spec) {
    String hash = spec.hash() != null ? spec.hash() : Ids.hash();
    if (stores.containsKey(hash)) {
      throw new IllegalArgumentException("A store with hash " + hash + " already exists");
    }
    ObjectNode meta = Json.object();
    meta.put("hash", hash);
    meta.put("name", spec.name());
    ArrayNode accounts = meta.putArray("accounts");
    ObjectNode account = accounts.addObject();
    account.put("name", "default");
    account.put("client_id", Ids.clientId());
    account.put("token", spec.token() != null ? spec.token() : Ids.token());
    ObjectNode settings = meta.putObject("settings");
    settings.put("timezone", spec.timezone());
    settings.put("multi_storefront_enabled", spec.multiStorefront());
    settings.put("storefront_limit", spec.storefrontLimit());
    Path dir = options.dataDir() == null ? null : storesDir().resolve(hash);
    StoreData data = StoreData.create(meta, dir);
    SandboxStore store = new SandboxStore(this, data, spec.rateLimit() != null ? spec.rateLimit() : options.rateLimit());
    store.write(() -> {
      areas.forEach(area -> area.seed(store));
      return null;
    });
    data.snapshot();
    stores.put(hash, store);
    return store;
  }

  /** The store with this hash, or null. */
  public SandboxStore findStore(String hash) {
    return stores.get(hash);
  }

  public SandboxStore store(String hash) {
    SandboxStore store = stores.get(hash);
    if (store == null) {
      throw new IllegalArgumentException("No sandbox store " + hash);
    }
    return store;
  }

  /** The first store with this name, or null. */
  public SandboxStore storeNamed(String name) {
    return stores.values().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  public List<SandboxStore> stores() {
    List<SandboxStore> out = new ArrayList<>(stores.values());
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  public Downloads downloads() {
    return downloads;
  }

  /** The routes served, e.g. for documentation or coverage checks. */
  public Routes routes() {
    return routes;
  }

  private Path storesDir() {
    return options.dataDir().resolve("stores");
  }

  /**
   * Stops serving without the final snapshot, leaving the files as a killed process would (for
   * crash-recovery tests). {@link #close()} afterwards does nothing more.
   */
  public void haltForTest() {
    stopServing();
    stores.clear();
  }

  private void stopServing() {
    if (http != null) {
      http.stop(0);
      executor.shutdownNow();
      http = null;
    }
  }

  /** Stops serving and writes a final snapshot of every persistent store. */
  @Override
  public void close() {
    stopServing();
    stores.values().forEach(store -> store.data().snapshot());
  }
}
