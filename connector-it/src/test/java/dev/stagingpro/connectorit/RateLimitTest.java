package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.sandbox.StoreSpec;
import dev.stagingpro.sandbox.knobs.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pacing against the sandbox's fixed-window quota, with a short window so the test stays quick. */
class RateLimitTest {
  private static final int QUOTA = 12;
  private static final Duration WINDOW = Duration.ofMillis(600);

  private final SandboxConnection sandbox =
      new SandboxConnection(StoreSpec.named("rate-limited").rateLimit(RateLimit.of(QUOTA, WINDOW)));

  @AfterEach
  void close() {
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void eightInFlightStayWithinTheQuotaWithoutA429() {
    List<Product> drafts = IntStream.range(0, 60).mapToObj(i -> CatalogConnectorTest.product("RL-" + i)).toList();
    try (StoreConnector connector = sandbox.connect(sandbox.options().withMaxInFlight(8))) {
      BatchResult<Product> result = connector.products().create(drafts);

      assertThat(result.failed()).isEmpty();
      assertThat(sandbox.store().requestLog().countStatus(429)).as("429 answers").isZero();
      assertThat(connector.metrics().snapshot().rateLimited()).isZero();
      assertThat(connector.metrics().snapshot().quotaWait()).as("the connector paced itself").isPositive();
    }
  }

  @Test
  void anotherAppUsingTheSameQuotaIsFollowed() throws InterruptedException {
    try (StoreConnector connector = sandbox.connect(); StoreConnector other = sandbox.connect()) {
      RuntimeException[] neighbourFailure = new RuntimeException[1];
      Thread neighbour = new Thread(() -> {
        try {
          IntStream.range(0, 20).forEach(i -> other.storeTime());
        } catch (RuntimeException e) {
          neighbourFailure[0] = e;
        }
      });
      neighbour.start();

      BatchResult<Product> result = connector.products().create(
          IntStream.range(0, 30).mapToObj(i -> CatalogConnectorTest.product("SH-" + i)).toList());
      neighbour.join();

      assertThat(result.failed()).isEmpty();
      assertThat(neighbourFailure[0]).isNull();
      assertThat(connector.products().list(ListQuery.all())).hasSize(30);
      assertThat(sandbox.store().requestLog().total())
          .as("both apps' requests went through the one quota").isGreaterThanOrEqualTo(2 + 20 + 30);
    }
  }
}
