package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Brand;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.TreeCategory;
import dev.stagingpro.sandbox.knobs.FaultPlan;
import dev.stagingpro.sandbox.observe.RequestRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes through injected faults: 10% 5xx answers, 5% dropped connections and 5% writes that are
 * saved before their answer is lost (a dropped connection or a 502). Every run must end with
 * exactly the records asked for: none missing, none twice.
 */
class FaultToleranceTest {
  private static final FaultPlan FAULTS =
      FaultPlan.seeded(20261122).errorRate(0.10).dropRate(0.05).commitThenFailRate(0.05);

  private final SandboxConnection sandbox = new SandboxConnection();

  @AfterEach
  void close() {
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void twoThousandProductWritesEndWithExactlyTheExpectedRecords() {
    List<Product> drafts = IntStream.range(0, 2_000).mapToObj(i -> CatalogConnectorTest.product("FT-" + i)).toList();
    try (StoreConnector connector = sandbox.connect()) {
      sandbox.store().knobs().faults(FAULTS);

      BatchResult<Product> result = connector.products().create(drafts);

      sandbox.store().knobs().faults(FaultPlan.NONE);
      assertThat(result.failed()).isEmpty();
      assertThat(result.succeeded()).extracting(Product::sku)
          .containsExactlyElementsOf(drafts.stream().map(Product::sku).toList());
      List<Product> stored = connector.products().list(ListQuery.all()).toList();
      assertThat(stored).extracting(Product::sku).containsExactlyInAnyOrderElementsOf(
          drafts.stream().map(Product::sku).toList());
      assertThat(committedCreates("POST /v3/catalog/products")).isEqualTo(2_000);

      RequestMetrics.Snapshot metrics = connector.metrics().snapshot();
      assertThat(metrics.recoveredCreates()).as("creates found by SKU after a lost answer").isPositive();
      assertThat(metrics.retries()).isPositive();
      assertThat(injected()).containsKeys("HTTP_500", "HTTP_502", "HTTP_503", "HTTP_504", "DROP",
          "COMMIT_THEN_DROP", "COMMIT_THEN_502");
    }
  }

  @Test
  void batchedCreatesOfOtherEntitiesStayExactToo() {
    try (StoreConnector connector = sandbox.connect()) {
      int tree = connector.categoryTrees().treeOfChannel(1).orElseThrow().id();
      Product host = connector.products().create(List.of(CatalogConnectorTest.product("HOST"))).succeeded().get(0);
      sandbox.store().knobs().faults(FAULTS);

      BatchResult<Customer> customers = connector.customers().create(IntStream.range(0, 200)
          .mapToObj(i -> Customer.draft("c" + i + "@example.com", "C", "N" + i)).toList());
      BatchResult<Brand> brands = connector.brands().create(IntStream.range(0, 100)
          .mapToObj(i -> Brand.named("Brand " + i)).toList());
      BatchResult<TreeCategory> categories = connector.categoryTrees().createCategories(IntStream.range(0, 150)
          .mapToObj(i -> TreeCategory.draft(tree, 0, "Category " + i)).toList());
      BatchResult<Metafield> metafields = connector.metafields().create(MetafieldOwner.PRODUCT, IntStream.range(0, 120)
          .mapToObj(i -> Metafield.draft(host.id(), "stagingpro", "key" + i, "v" + i, "app_only")).toList());

      sandbox.store().knobs().faults(FaultPlan.NONE);
      assertThat(List.of(customers.failed(), brands.failed(), categories.failed(), metafields.failed()))
          .allSatisfy(failed -> assertThat(failed).isEmpty());
      assertThat(counts(connector.customers().list(ListQuery.all()).map(Customer::email).toList())).hasSize(200)
          .allSatisfy((email, n) -> assertThat(n).as(email).isEqualTo(1));
      assertThat(counts(connector.brands().list(ListQuery.all()).map(Brand::name).toList())).hasSize(100)
          .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(1));
      assertThat(counts(connector.categoryTrees().categories(ListQuery.where("tree_id:in", tree))
          .map(TreeCategory::name).toList())).hasSize(150).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(1));
      assertThat(counts(connector.metafields().list(MetafieldOwner.PRODUCT, ListQuery.all())
          .map(Metafield::key).toList())).hasSize(120).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
      assertThat(connector.metrics().snapshot().recoveredCreates()).isPositive();
    }
  }

  private long committedCreates(String route) {
    return sandbox.store().requestLog().records(r -> r.route().equals(route) && r.committed()).size();
  }

  private Map<String, Long> injected() {
    return sandbox.store().requestLog().records(r -> r.fault() != null).stream()
        .collect(Collectors.groupingBy(RequestRecord::fault, Collectors.counting()));
  }

  private static Map<String, Long> counts(List<String> values) {
    return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
