package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.sandbox.StoreSpec;
import dev.stagingpro.sandbox.knobs.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput against the sandbox with 20 ms latency per request. Run with
 * {@code -Dgroups=benchmark -DexcludedGroups=none}; it prints its figures.
 */
@Tag("benchmark")
class ThroughputBenchmarkTest {
  private static final Duration LATENCY = Duration.ofMillis(20);

  @Test
  void proPlanQuotaIsUsedWithoutA429AfterTheFirstWindow() {
    RateLimit pro = RateLimit.of(450, Duration.ofSeconds(30));
    try (SandboxConnection sandbox = new SandboxConnection(StoreSpec.named("pro").rateLimit(pro))) {
      sandbox.store().knobs().latency(LATENCY);
      List<Product> drafts = IntStream.range(0, 1_400).mapToObj(i -> CatalogConnectorTest.product("B-" + i)).toList();
      try (StoreConnector connector = sandbox.connect(sandbox.options().withMaxInFlight(8))) {
        Instant start = Instant.now();
        RequestMetrics.Snapshot before = connector.metrics().snapshot();

        BatchResult<Product> result = connector.products().create(drafts);

        RequestMetrics.Snapshot run = connector.metrics().snapshot().since(before);
        Instant firstWindowEnd = start.plus(pro.window());
        long after = sandbox.store().requestLog().records(
            r -> r.status() == 429 && r.time().isAfter(firstWindowEnd)).size();
        double quotaRate = pro.quota() / (double) pro.window().toSeconds();
        double share = run.requestsPerSecond() / quotaRate;
        System.out.printf(Locale.ROOT, "BENCHMARK quota 450/30s, latency 20 ms, 8 in flight: %d requests in %.1f s"
            + " = %.2f req/s = %.1f%% of the quota (%.2f req/s); 429s: %d in total, %d after the first window;"
            + " waited for quota %.1f s%n", run.totalRequests(), run.elapsed().toMillis() / 1000.0,
            run.requestsPerSecond(), share * 100, quotaRate, sandbox.store().requestLog().countStatus(429), after,
            run.quotaWait().toMillis() / 1000.0);
        assertThat(result.failed()).isEmpty();
        assertThat(after).isZero();
      }
    }
  }

  @Test
  void withoutAQuotaEightInFlight() {
    try (SandboxConnection sandbox = new SandboxConnection(StoreSpec.named("open").rateLimit(RateLimit.UNLIMITED))) {
      sandbox.store().knobs().latency(LATENCY);
      List<Product> drafts = IntStream.range(0, 3_000).mapToObj(i -> CatalogConnectorTest.product("U-" + i)).toList();
      try (StoreConnector connector = sandbox.connect(sandbox.options().withMaxInFlight(8))) {
        RequestMetrics.Snapshot before = connector.metrics().snapshot();

        BatchResult<Product> result = connector.products().create(drafts);

        RequestMetrics.Snapshot run = connector.metrics().snapshot().since(before);
        System.out.printf(Locale.ROOT, "BENCHMARK no quota, latency 20 ms, 8 in flight: %d requests in %.1f s = %.1f req/s"
            + " (ceiling 8 / 20 ms = 400 req/s); %d bytes sent, %d received%n", run.totalRequests(),
            run.elapsed().toMillis() / 1000.0, run.requestsPerSecond(), run.bytesSent(), run.bytesReceived());
        assertThat(result.failed()).isEmpty();
      }
    }
  }
}
