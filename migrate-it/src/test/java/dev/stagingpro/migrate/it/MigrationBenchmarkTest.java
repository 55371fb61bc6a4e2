package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.gen.DataGenerator;
import dev.stagingpro.sandbox.gen.DataSpec;
import dev.stagingpro.sandbox.knobs.RateLimit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the migration issue's closing note (not timed tests: they print, and assert only
 * that the work was done). Run with {@code -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class MigrationBenchmarkTest {
  @TempDir Path repo;

  /**
   * 2,000 products (3 variants and 2 images each, one product per create as the API demands),
   * 100 brands and a 39-category tree, into an empty store behind 20 ms latency and the Pro plan's
   * 450 requests per 30 s.
   */
  @Test
  void bulkMigrationOf2000ProductsUnderTheProQuota() {
    int products = 2000;
    int brands = 100;
    try (TwoStores stores = new TwoStores(repo); StoreConnector production = stores.connect(stores.production);
        StoreConnector staging = stores.connect(stores.staging)) {
      seed(production, products, brands);
      stores.manifest(TwoStores.migration("seed", "bulk", "products"));
      freshQuotaWindow(stores.production, production);
      freshQuotaWindow(stores.staging, staging);
      for (SandboxStore store : List.of(stores.production, stores.staging)) {
        store.knobs().latency(Duration.ofMillis(20));
        store.requestLog().clear();
      }
      long start = System.nanoTime();
      OperationResult applied = stores.apply();
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();
      assertThat(Catalog.all(staging)).hasSize(products);
      long source = stores.production.requestLog().total();
      long destination = stores.staging.requestLog().total();
      // What the API's batch rules demand: source reads (products 10 a page with options, brands
      // and categories 250 a page, the tree), then one create per product and brand, one per level
      // of categories (3), and the destination's brand, tree, category and SKU-index reads.
      long minimumSource = ceil(products, 10) + ceil(brands, 250) + 2;
      long minimumDestination = products + brands + 3 + 4;
      long minimum = minimumSource + minimumDestination;
      // The destination's minimum requests at the quota's rate (450 per 30 s); bursting each
      // window's 450 at once would allow (windows - 1) x 30 s instead.
      double quotaBound = minimumDestination * 30.0 / 450;
      double windowBound = (ceil(minimumDestination, 450) - 1) * 30.0;
      System.out.printf("BENCHMARK bulk 2000 products: requests %d (source %d, destination %d) vs minimum %d (source %d, destination %d)"
              + " = %.3fx; 429s %d; wall %.1f s vs quota-bound minimum %.1f s = %.3fx (vs %.1f s bursting whole windows = %.3fx)%n",
          source + destination, source, destination, minimum, minimumSource, minimumDestination,
          (source + destination) / (double) minimum, stores.staging.requestLog().countStatus(429) + stores.production.requestLog().countStatus(429),
          seconds, quotaBound, seconds / quotaBound, windowBound, seconds / windowBound);
      System.out.println("BENCHMARK destination requests by route: " + stores.staging.requestLog().counters());
      System.out.println("BENCHMARK source requests by route: " + stores.production.requestLog().counters());
      timeline(stores.staging);
    }
  }

  /**
   * Puts the store on the Pro quota in a window of its own: the seeding's requests counted in the
   * window they were sent in, which would otherwise cost the measured run a wait for its reset.
   */
  private static void freshQuotaWindow(SandboxStore store, StoreConnector connector) {
    store.knobs().rateLimit(RateLimit.of(1_000_000, Duration.ofMillis(1)));
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connector.brands().list(dev.stagingpro.core.store.ListQuery.all()).findFirst();
    store.knobs().rateLimit(RateLimit.PRO);
  }

  /** When the writes started and ended, and when the store answered 429, from its request log. */
  private static void timeline(SandboxStore store) {
    List<dev.stagingpro.sandbox.observe.RequestRecord> all = store.requestLog().records();
    java.time.Instant first = all.get(0).time();
    java.time.Instant firstWrite = all.stream().filter(r -> !r.method().equals("GET")).findFirst().orElseThrow().time();
    java.time.Instant last = all.get(all.size() - 1).time();
    System.out.printf("BENCHMARK destination timeline: first request +0 s, first write +%.1f s, last request +%.1f s, 429s at %s%n",
        Duration.between(first, firstWrite).toMillis() / 1e3, Duration.between(first, last).toMillis() / 1e3,
        all.stream().filter(r -> r.status() == 429).map(r -> String.format("+%.1f s", Duration.between(first, r.time()).toMillis() / 1e3)).toList());
  }

  /** A plan of 10,000 products both stores have alike, without a quota: only list pages are read. */
  @Test
  void planOf10000UnchangedProducts() {
    try (TwoStores stores = new TwoStores(repo)) {
      DataSpec spec = new DataSpec(42, 10_000, 3, 2, 2, 100, 3, 0, 0);
      DataGenerator.generate(stores.production, spec);
      DataGenerator.generate(stores.staging, spec);
      stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
      stores.production.requestLog().clear();
      stores.staging.requestLog().clear();

      long start = System.nanoTime();
      Plan plan = (Plan) stores.plan().data();
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(plan.count(ChangeClass.UNCHANGED)).isEqualTo(10_000 + 100 + 39);
      assertThat(plan.writes()).isZero();
      long source = stores.production.requestLog().total();
      long destination = stores.staging.requestLog().total();
      System.out.printf("BENCHMARK plan 10000 unchanged: %.1f s, requests %d (source %d, destination %d)%n", seconds,
          source + destination, source, destination);
      System.out.println("BENCHMARK destination requests by route: " + stores.staging.requestLog().counters());
      System.out.println("BENCHMARK source requests by route: " + stores.production.requestLog().counters());
    }
  }

  /** A plan over 100,000 products (an empty destination, so every one is a create) in a JVM limited to 512 MB of heap. */
  @Test
  void peakHeapOfAPlanOver100000Products() throws Exception {
    try (TwoStores stores = new TwoStores(repo)) {
      DataGenerator.generate(stores.production, new DataSpec(7, 100_000, 3, 2, 2, 200, 3, 0, 0));
      stores.manifest(TwoStores.migration("catalogue", "selective", "products"));

      String output = PlanProcess.run(stores, "512m");

      assertThat(output).contains("create=" + (100_000 + 200 + 39));
      System.out.println("BENCHMARK plan 100000 products in -Xmx512m: " + output.lines().filter(l -> l.startsWith("PLAN")).findFirst().orElse(output)
          + "; requests " + stores.production.requestLog().total() + " source, " + stores.staging.requestLog().total() + " destination");
    }
  }

  private static long ceil(long n, long per) {
    return (n + per - 1) / per;
  }

  /** The catalogue a merchant would have made through the API (options made from the variants). */
  private static void seed(StoreConnector store, int products, int brands) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= brands; i++) {
      names.add("Brand " + i);
    }
    Catalog.brands(store, names.toArray(String[]::new));
    List<String> paths = new ArrayList<>();
    for (int a = 1; a <= 3; a++) {
      paths.add("Dept " + a);
      for (int b = 1; b <= 3; b++) {
        paths.add("Dept " + a + "/Aisle " + b);
        for (int c = 1; c <= 3; c++) {
          paths.add("Dept " + a + "/Aisle " + b + "/Shelf " + c);
        }
      }
    }
    Catalog.categories(store, paths.toArray(String[]::new));
    Map<String, Integer> brandIds = new java.util.HashMap<>();
    names.forEach(n -> brandIds.put(n, Catalog.brandId(store, n)));
    List<Integer> shelves = paths.stream().filter(p -> p.contains("Shelf")).map(p -> Catalog.categoryId(store, p)).toList();
    List<Product> drafts = new ArrayList<>();
    for (int i = 1; i <= products; i++) {
      String sku = String.format("P%05d", i);
      List<ProductVariant> variants = List.of(Catalog.variant(sku + "-S", "Size", "S"), Catalog.variant(sku + "-M", "Size", "M"),
          Catalog.variant(sku + "-L", "Size", "L"));
      drafts.add(Catalog.product(sku, "Product " + i, "19.99").brandId(brandIds.get("Brand " + (1 + i % brands)))
          .categories(List.of(shelves.get(i % shelves.size()))).variants(variants)
          .images(List.of(Catalog.image("https://cdn.example.com/" + sku + "-1.jpg", 0, true),
              Catalog.image("https://cdn.example.com/" + sku + "-2.jpg", 1, false))).build());
    }
    Catalog.products(store, drafts);
  }
}
