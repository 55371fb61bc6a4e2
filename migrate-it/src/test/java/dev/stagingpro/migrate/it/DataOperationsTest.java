package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.CustomerAnonymiser;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.migrate.run.ApplyHandler;
import dev.stagingpro.core.migrate.run.ExportHandler;
import dev.stagingpro.core.migrate.run.ReleaseHandler;
import dev.stagingpro.core.migrate.run.ResetHandler;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.sandbox.knobs.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Export to reviewable files and migrate from them, reset of a test store, release (data, then theme). */
class DataOperationsTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.seed(production);
    Catalog.assertComplete(production.customers().create(List.of(Customer.draft("ada@example.com", "Ada", "Lovelace"))));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
  }

  private OperationResult export(String entities, boolean force) {
    return stores.run(new ExportHandler(MigrationSetup.of(stores.connector)), Operation.EXPORT,
        r -> r.environment("production").out(Path.of("data/catalogue")).entities(List.of(entities)).force(force));
  }

  @Test
  void exportWritesReviewableFilesThatAMigrationCanUseAsItsSource() throws Exception {
    OperationResult exported = export("brands,categories,products,customers", false);

    Path data = repo.resolve("data/catalogue");
    assertThat(exported.lines()).contains("Wrote 3 products to data/catalogue/products");
    assertThat(data.resolve("products/shirt-1.json")).exists();
    String shirt = Files.readString(data.resolve("products/shirt-1.json"));
    assertThat(shirt).contains("\"brand\" : \"Acme\"").contains("\"Shop All/Garden\"").doesNotContain("\"id\"").endsWith("}\n");
    try (Stream<Path> files = Files.list(data.resolve("customers"))) {
      String customer = Files.readString(files.findFirst().orElseThrow());
      assertThat(customer).contains(CustomerAnonymiser.DOMAIN).doesNotContain("ada@example.com").doesNotContain("Lovelace");
    }
    assertThat(export("brands,categories,products,customers", false).lines()).isEqualTo(exported.lines());
    assertThat(Files.readString(data.resolve("products/shirt-1.json"))).as("the same data gives the same bytes").isEqualTo(shirt);

    stores.manifest("migrations:\n  - id: seed\n    from: { folder: data/catalogue }\n    to: staging\n    mode: bulk\n"
        + "    entities: [products]\n");
    OperationResult applied = stores.apply();
    assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();
    assertThat(Catalog.all(staging)).extracting(Product::sku).containsExactlyInAnyOrder("SHIRT-1", "MUG-1", "LAMP-1");
    assertThat(((Plan) stores.plan().data()).count(ChangeClass.CONFLICT)).as("bulk: now all exist").isEqualTo(9);
  }

  @Test
  void resetEmptiesATestStoreDependentsFirstButNeverAProtectedOne() {
    assertThat(stores.apply().success()).isTrue();
    OperationHandler reset = new ResetHandler(MigrationSetup.of(stores.connector));

    OperationResult result = stores.run(reset, Operation.RESET, r -> r.environment("staging").entities(List.of("brands,products")));

    assertThat(result.success()).as(String.join("\n", result.lines())).isTrue();
    assertThat(result.lines()).containsExactly("Deleted 3 products", "Deleted 2 brands");
    assertThat(Catalog.all(staging)).isEmpty();
    assertThat(Catalog.findCategory(staging, "Shop All/Kitchen")).as("categories were not asked for").isPresent();
    assertThatThrownBy(() -> stores.run(reset, Operation.RESET, r -> r.approval(dev.stagingpro.core.ops.Approval.approvedBy("tester"))
        .environment("production").entities(List.of("products")))).isInstanceOf(StagingProException.class).hasMessageContaining("never empties a protected");
    assertThat(Catalog.all(production)).hasSize(3);
  }

  @Test
  void releaseDeploysTheThemeOnlyAfterTheDataStepWorked() throws Exception {
    Files.createDirectories(stores.repo.resolve("theme"));
    stores.manifest(TwoStores.migration("catalogue", "selective", "products") + "theme:\n  path: theme\n");
    List<String> deployed = new ArrayList<>();
    OperationHandler deploy = (workspace, request) -> {
      deployed.add(request.environment().orElseThrow());
      return OperationResult.success(Operation.DEPLOY, List.of("deployed"), Map.of("theme-id", "t-1"), null);
    };
    ReleaseHandler release = new ReleaseHandler(new ApplyHandler(MigrationSetup.of(TwoStores.CONNECTOR.withRetries(1,
        java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1)))), () -> new OperationRunner(Map.of(Operation.DEPLOY, deploy)));

    stores.staging.knobs().failNext("POST /v3/catalog/products", Fault.HTTP_503);
    OperationResult failed = stores.run(release, Operation.RELEASE, r -> r.environment("staging"));
    assertThat(failed.success()).isFalse();
    assertThat(failed.lines()).anyMatch(l -> l.contains("theme was not deployed"));
    assertThat(deployed).isEmpty();

    OperationResult released = stores.run(release, Operation.RELEASE, r -> r.environment("staging"));
    assertThat(released.success()).as(String.join("\n", released.lines())).isTrue();
    assertThat(deployed).containsExactly("staging");
    assertThat(released.outputs()).containsEntry("theme-id", "t-1").containsKey("run-id");
  }

  @Test
  void aRepositoryWithoutMigrationsOrThemePlansAppliesAndReleasesNothing() {
    stores.manifest("");
    List<String> deployed = new ArrayList<>();
    OperationHandler deploy = (workspace, request) -> {
      deployed.add(request.environment().orElseThrow());
      return OperationResult.success(Operation.DEPLOY, List.of("deployed"), Map.of(), null);
    };

    ReleaseHandler release = new ReleaseHandler(new ApplyHandler(MigrationSetup.of(TwoStores.CONNECTOR)),
        () -> new OperationRunner(Map.of(Operation.DEPLOY, deploy)));

    OperationResult planned = stores.plan();
    OperationResult applied = stores.apply();
    OperationResult released = stores.run(release, Operation.RELEASE, r -> r.environment("staging"));

    assertThat(planned.success()).isTrue();
    assertThat(planned.lines()).containsExactly("stagingpro.yml declares no migrations: nothing to plan");
    assertThat(applied.success()).isTrue();
    assertThat(applied.outputs()).containsEntry("changed", "false");
    assertThat(released.success()).isTrue();
    assertThat(released.lines()).contains("No theme is declared; the data step is the whole release.");
    assertThat(deployed).as("no theme, so nothing to deploy").isEmpty();
    assertThatThrownBy(() -> stores.plan(r -> r.migration("catalogue"))).isInstanceOf(StagingProException.class)
        .hasMessageContaining("declares no migrations");
    assertThat(stores.staging.requestLog().records(r -> !r.method().equals("GET"))).isEmpty();
  }
}
