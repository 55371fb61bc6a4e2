package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test against fresh {@link TwoStores} each time, with a connector to each store for setting up and checking. */
abstract class TwoStoreTest {
  @TempDir Path repo;
  TwoStores stores;
  StoreConnector production;
  StoreConnector staging;

  /** What the stores (and the manifest) hold before each test. */
  abstract void seed();

  @BeforeEach
  final void startStores() {
    stores = new TwoStores(repo);
    production = stores.connect(stores.production);
    staging = stores.connect(stores.staging);
    seed();
  }

  /** Applies the manifest's migrations and requires success (the run's lines explain a failure). */
  void applied() {
    OperationResult result = stores.apply();
    assertThat(result.success()).as(String.join("\n", result.lines())).isTrue();
  }

  Plan plan() {
    return (Plan) stores.plan().data();
  }

  /** The first migration's changes of one class. */
  static List<PlannedChange> changes(Plan plan, ChangeClass changeClass) {
    return plan.migrations().get(0).changes().stream().filter(c -> c.changeClass() == changeClass).toList();
  }

  /** The plan as people read it, to explain a failed assertion. */
  static String text(Plan plan) {
    return String.join("\n", PlanText.lines(plan));
  }

  @AfterEach
  final void stopStores() {
    production.close();
    staging.close();
    stores.close();
  }
}
