package dev.stagingpro.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {
  @Test
  void countsFromManyThreadsReachTheReportWithBytesInTheRightDirection() throws InterruptedException {
    RequestMetrics metrics = new RequestMetrics(Clock.systemUTC());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(new Thread(() -> {
        for (int i = 0; i < 1_000; i++) {
          metrics.request("PUT /v3/catalog/products", 100);
          metrics.received(40);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    metrics.retry();
    metrics.rateLimited();

    var report = metrics.snapshot().forReport();

    assertThat(report.requestsByEndpoint()).containsExactly(java.util.Map.entry("PUT /v3/catalog/products", 4_000L));
    assertThat(report.bytesOut()).isEqualTo(400_000);
    assertThat(report.bytesIn()).isEqualTo(160_000);
    assertThat(report.retries()).isOne();
    assertThat(report.rateLimited()).isOne();
  }
}
