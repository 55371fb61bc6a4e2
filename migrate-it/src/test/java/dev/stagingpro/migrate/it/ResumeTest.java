package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.sandbox.gen.DataGenerator;
import dev.stagingpro.sandbox.gen.DataSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} at random points (in a process of its own, while it writes)
 * is finished by the next apply: nothing duplicated, nothing lost, and then nothing left to do.
 */
class ResumeTest {
  @TempDir Path repo;

  @Test
  void aRunKilledAtRandomPointsIsFinishedByTheNextApply() throws Exception {
    Random random = new Random(20261122);
    try (TwoStores stores = new TwoStores(repo); StoreConnector staging = stores.connect(stores.staging);
        StoreConnector production = stores.connect(stores.production)) {
      DataGenerator.generate(stores.production, DataSpec.of(5, 80).customers(0));
      stores.manifest(TwoStores.migration("catalogue", "selective", "products"));
      stores.staging.knobs().latency(Duration.ofMillis(8));

      // Killed after a random number of product creates reached the store: writes are in flight,
      // and the journal has not recorded the outcome of the ones that landed (it does per chunk).
      int[] creates = {1 + random.nextInt(50), 1 + random.nextInt(15)};
      for (int kill = 0; kill < 2; kill++) {
        Process child = ApplyProcess.start(stores);
        waitForCreates(stores, committedCreates(stores) + creates[kill], child);
        assertThat(child.isAlive()).as("still writing when killed: " + Files.readString(repo.resolve("apply-process.log"))).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(Catalog.all(staging).size()).as("the killed runs stopped part way").isBetween(1, 79);
      stores.staging.knobs().latency(Duration.ZERO);

      OperationResult resumed = stores.apply();

      assertThat(resumed.success()).as(String.join("\n", resumed.lines())).isTrue();
      List<String> skus = Catalog.all(staging).stream().map(Product::sku).toList();
      assertThat(skus).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Catalog.all(production).stream().map(Product::sku).toList());
      Plan again = (Plan) stores.plan().data();
      assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();
    }
  }

  private static long committedCreates(TwoStores stores) {
    return stores.staging.requestLog().records(r -> r.route().equals("POST /v3/catalog/products") && r.committed()).size();
  }

  /** Waits until the store has taken this many product creates in all, or the process ended. */
  private static void waitForCreates(TwoStores stores, long creates, Process child) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && child.isAlive() && committedCreates(stores) < creates) {
      Thread.sleep(1);
    }
  }
}
