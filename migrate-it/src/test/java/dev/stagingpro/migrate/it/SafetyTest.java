package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.migrate.run.MigrationLedger;
import dev.stagingpro.core.migrate.run.MigrationRecord;
import dev.stagingpro.core.migrate.run.RestoreHandler;
import dev.stagingpro.core.migrate.run.UnlockHandler;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.sandbox.ApiAccount;
import dev.stagingpro.sandbox.knobs.Fault;
import dev.stagingpro.sandbox.knobs.FaultPlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Saved plans, the ledger, the lock across API accounts, resume, restore, retry and the report. */
class SafetyTest extends TwoStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  void seed() {
    Catalog.seed(production);
    stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
  }

  private void priceOf(StoreConnector store, String sku, String price) {
    int id = Catalog.productId(store, sku);
    Catalog.assertComplete(store.products().update(List.of(Product.builder().id(id).price(new BigDecimal(price)).build())));
  }

  private static String lines(OperationResult result) {
    return String.join("\n", result.lines());
  }

  @Test
  void applyingASavedPlanAppliesExactlyItAndRefusesWhenTheDestinationChangedSince() {
    OperationResult planned = stores.plan(r -> r.out(Path.of("plans/plan.json")));
    assertThat(planned.outputs()).containsKey("plan-json").containsEntry("plan-file", repo.resolve("plans/plan.json").toString());
    assertThat(repo.resolve("plans/plan.json")).exists();
    OperationResult applied = stores.apply(r -> r.plan(Path.of("plans/plan.json")));
    assertThat(applied.success()).as(lines(applied)).isTrue();
    assertThat(Catalog.all(staging)).hasSize(3);

    priceOf(production, "MUG-1", "9.00");
    stores.plan(r -> r.out(Path.of("plans/second.json")));
    priceOf(staging, "MUG-1", "8.50");

    assertThatThrownBy(() -> stores.apply(r -> r.plan(Path.of("plans/second.json"))))
        .isInstanceOf(StagingProException.class).hasMessageContaining("products 'MUG-1': changed on the destination")
        .hasMessageContaining("nothing was applied");
    assertThat(Catalog.full(staging, "MUG-1").price()).isEqualByComparingTo("8.50");

    priceOf(staging, "MUG-1", "8.00");
    priceOf(production, "MUG-1", "9.25");
    assertThatThrownBy(() -> stores.apply(r -> r.plan(Path.of("plans/second.json"))))
        .isInstanceOf(StagingProException.class).hasMessageContaining("changed on the source");

    priceOf(production, "MUG-1", "9.00");
    assertThat(stores.apply(r -> r.plan(Path.of("plans/second.json"))).success()).isTrue();
    assertThat(Catalog.full(staging, "MUG-1").price()).isEqualByComparingTo("9.00");
  }

  @Test
  void theLedgerRecordsEachApplyAndAChangedDefinitionNeedsReapply() {
    assertThat(stores.apply().success()).isTrue();
    MigrationLedger ledger = new MigrationLedger(MetafieldStoreNotes.onStore(staging.metafields()));
    MigrationRecord first = ledger.lastApplied("staging", "catalogue").orElseThrow();
    assertThat(first.result()).isEqualTo(MigrationRecord.SUCCESS);
    assertThat(first.counts().get("products")).containsEntry("create", 3L);
    assertThat(first.definition()).hasSize(64);

    stores.manifest(TwoStores.migration("catalogue", "selective", "products", "options: { copy_stock: true }"));
    assertThatThrownBy(stores::apply).isInstanceOf(StagingProException.class)
        .hasMessageContaining("'catalogue' was applied").hasMessageContaining("--reapply");

    assertThat(stores.apply(r -> r.reapply(true)).success()).isTrue();
    assertThat(ledger.of("staging")).hasSize(2);
    assertThat(MigrationLedger.SOURCE.entries(MetafieldStoreNotes.onStore(staging.metafields()), "staging"))
        .allSatisfy(e -> assertThat(e.summary()).startsWith("migration catalogue from production"));
  }

  @Test
  void aLockHeldThroughAnotherApiAccountStopsTheRunAndNamesItsHolderUntilUnlocked() {
    ApiAccount jenkins = stores.staging.addAccount("jenkins");
    try (StoreConnector other = StoreConnectors.connect(new StoreEndpoint("staging", stores.server.baseUrl(), stores.staging.hash(),
        jenkins.token()), TwoStores.CONNECTOR)) {
      new MigrationLock(MetafieldStoreNotes.onStore(other.metafields()), stores.clock, "staging")
          .acquire("jenkins@ci", "run-j1", Optional.of("https://ci.example.com/job/7"), Duration.ofHours(1));

      assertThatThrownBy(stores::apply).isInstanceOf(StagingProException.class)
          .hasMessageContaining("locked by another migration").hasMessageContaining("jenkins@ci")
          .hasMessageContaining("https://ci.example.com/job/7").hasMessageContaining("stagingpro unlock --env staging");
      assertThat(Catalog.all(staging)).isEmpty();

      OperationResult unlocked = stores.run(new UnlockHandler(MigrationSetup.of(TwoStores.CONNECTOR)), Operation.UNLOCK, r -> r.environment("staging"));
      assertThat(unlocked.lines()).anyMatch(l -> l.contains("jenkins@ci"));
      assertThat(stores.apply().success()).isTrue();
    }
  }

  @Test
  void twoRunnersOnDifferentApiAccountsStartingTogetherNeverBothApply() throws Exception {
    ApiAccount action = stores.staging.addAccount("action");
    stores.staging.knobs().latency(Duration.ofMillis(15));
    TwoStores.Runner jenkins = stores.runner("jenkins", stores.staging.token().reveal());
    TwoStores.Runner github = stores.runner("github", action.token().reveal());

    List<Optional<Throwable>> outcomes = TwoStores.together(jenkins::apply, github::apply);

    assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
    assertThat(outcomes).filteredOn(Optional::isPresent).singleElement()
        .satisfies(o -> assertThat(o.get()).hasMessageContaining("locked by another migration"));
    assertThat(Catalog.all(staging)).hasSize(3);
  }

  @Test
  void writesWhoseAnswerWasLostAreNeverRepeatedAndTheNextApplyFinishesTheRun() {
    stores.staging.knobs().failNext("POST /v3/catalog/products", Fault.COMMIT_THEN_DROP, Fault.COMMIT_THEN_502);
    stores.staging.knobs().faults(FaultPlan.seeded(7).commitThenFailRate(0.4));

    OperationResult first = stores.apply();
    stores.staging.knobs().faults(FaultPlan.NONE);
    OperationResult second = stores.apply();

    assertThat(second.success()).as(lines(first) + "\n" + lines(second)).isTrue();
    assertThat(stores.staging.requestLog().records(r -> r.route().equals("POST /v3/catalog/products") && r.committed()))
        .as("each product was committed once, though some answers were lost").hasSize(3);
    assertThat(Catalog.all(staging)).extracting(Product::sku).containsExactlyInAnyOrder("SHIRT-1", "MUG-1", "LAMP-1");
    Plan again = (Plan) stores.plan().data();
    assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();
  }

  @Test
  void restorePutsBackWhatARunOverwroteAndDeletesWhatItCreated() {
    assertThat(stores.apply().success()).isTrue();
    priceOf(production, "MUG-1", "9.00");
    Catalog.products(production, List.of(Catalog.product("NEW-1", "New thing", "3.00").build()));
    Catalog.brands(production, "Newco");
    int newId = Catalog.productId(production, "NEW-1");
    Catalog.assertComplete(production.products().update(List.of(Product.builder().id(newId).brandId(Catalog.brandId(production, "Newco")).build())));
    Plan before = (Plan) stores.plan().data();
    OperationResult second = stores.apply();
    assertThat(Catalog.full(staging, "MUG-1").price()).isEqualByComparingTo("9.00");
    String runId = second.outputs().get("run-id");

    OperationResult restored = stores.run(new RestoreHandler(MigrationSetup.of(TwoStores.CONNECTOR)), Operation.RESTORE, r -> r.runId(runId));

    assertThat(restored.success()).as(lines(restored)).isTrue();
    assertThat(Catalog.full(staging, "MUG-1").price()).isEqualByComparingTo("8.00");
    assertThat(staging.products().findBySku("NEW-1")).isEmpty();
    assertThat(staging.brands().findByName("Newco")).isEmpty();
    Plan after = (Plan) stores.plan().data();
    assertThat(PlanText.lines(after)).isEqualTo(PlanText.lines(before));
  }

  @Test
  void failedRecordsAreReportedWithTheStoresMessageAndRetriedAlone() throws Exception {
    stores.connector = TwoStores.CONNECTOR.withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1));
    stores.staging.knobs().failNext("POST /v3/catalog/products", Fault.HTTP_503);

    OperationResult first = stores.apply();
    assertThat(first.success()).isFalse();
    String runId = first.outputs().get("run-id");
    JsonNode report = JSON.readTree(Files.readString(repo.resolve(".stagingpro/runs/" + runId + "/report.json")));
    JsonNode refused = java.util.stream.StreamSupport.stream(report.path("failures").spliterator(), false)
        .filter(f -> f.path("message").asText().contains("503 Injected fault")).findFirst().orElseThrow();
    assertThat(refused.path("entity").asText()).isEqualTo("products");
    String failedSku = refused.path("naturalKey").asText();
    assertThat(report.path("retryCommand").asText()).isEqualTo("stagingpro apply --retry " + runId);
    assertThat(report.toString()).doesNotContain(stores.staging.token().reveal());
    assertThat(staging.products().findBySku(failedSku)).isEmpty();
    long failedRecords = java.util.stream.StreamSupport.stream(report.path("failures").spliterator(), false)
        .map(f -> f.path("naturalKey").asText()).distinct().count();

    stores.connector = TwoStores.CONNECTOR;
    OperationResult retried = stores.apply(r -> r.runId(runId));

    assertThat(retried.success()).as(lines(retried)).isTrue();
    assertThat(((Plan) stores.plan(r -> r).data()).writes()).isZero();
    assertThat(lines(retried)).as("only the failed records were planned")
        .contains("plan: " + 1 + " to create, " + (failedRecords - 1) + " to update, 0 to delete, 0 unchanged");
    assertThat(Catalog.all(staging)).hasSize(3);
  }
}
