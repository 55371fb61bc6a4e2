package dev.stagingpro.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one connector did on the wire during a run: requests by endpoint template, retries, 429s,
 * bytes, time spent waiting for the rate limit (summed over requests waiting at once), and creates
 * recovered by a natural-key lookup. Thread-safe; reports and benchmarks read a {@link #snapshot()}.
 */
public final class RequestMetrics {
  private final Clock clock;
  private final Instant started;
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder networkFailures = new LongAdder();
  private final LongAdder recoveredCreates = new LongAdder();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder bytesReceived = new LongAdder();
  private final AtomicLong quotaWaitNanos = new AtomicLong();

  public RequestMetrics(Clock clock) {
    this.clock = clock;
    this.started = clock.instant();
  }

  /** One request put on the wire; {@code endpoint} is method + template, e.g. {@code GET /v3/catalog/products}. */
  public void request(String endpoint, long sentBytes) {
    requests.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    bytesSent.add(Math.max(0, sentBytes));
  }

  public void received(long bytes) {
    bytesReceived.add(Math.max(0, bytes));
  }

  public void retry() {
    retries.increment();
  }

  public void rateLimited() {
    rateLimited.increment();
  }

  public void networkFailure() {
    networkFailures.increment();
  }

  public void recoveredCreate() {
    recoveredCreates.increment();
  }

  public void waitedForQuota(Duration waited) {
    quotaWaitNanos.addAndGet(waited.toNanos());
  }

  public Snapshot snapshot() {
    Map<String, Long> byEndpoint = new TreeMap<>();
    requests.forEach((endpoint, count) -> byEndpoint.put(endpoint, count.sum()));
    return new Snapshot(
        Map.copyOf(byEndpoint),
        retries.sum(),
        rateLimited.sum(),
        networkFailures.sum(),
        recoveredCreates.sum(),
        bytesSent.sum(),
        bytesReceived.sum(),
        Duration.ofNanos(quotaWaitNanos.get()),
        Duration.between(started, clock.instant()));
  }

  /** Figures at one moment; {@code elapsed} runs from the connector's creation. */
  public record Snapshot(
      Map<String, Long> requestsByEndpoint,
      long retries,
      long rateLimited,
      long networkFailures,
      long recoveredCreates,
      long bytesSent,
      long bytesReceived,
      Duration quotaWait,
      Duration elapsed) {

    /** The figures a run report keeps. */
    public dev.stagingpro.core.report.RequestMetrics forReport() {
      return new dev.stagingpro.core.report.RequestMetrics(requestsByEndpoint, retries, rateLimited, bytesReceived, bytesSent);
    }

    public long totalRequests() {
      return requestsByEndpoint.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Requests per second over {@code elapsed} (0 when no time has passed). */
    public double requestsPerSecond() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : totalRequests() / seconds;
    }

    /** The figures between {@code earlier} and this snapshot. */
    public Snapshot since(Snapshot earlier) {
      Map<String, Long> byEndpoint = new TreeMap<>();
      requestsByEndpoint.forEach(
          (endpoint, count) -> {
            long delta = count - earlier.requestsByEndpoint.getOrDefault(endpoint, 0L);
            if (delta > 0) {
              byEndpoint.put(endpoint, delta);
            }
          });
      return new Snapshot(
          Map.copyOf(byEndpoint),
          retries - earlier.retries,
          rateLimited - earlier.rateLimited,
          networkFailures - earlier.networkFailures,
          recoveredCreates - earlier.recoveredCreates,
          bytesSent - earlier.bytesSent,
          bytesReceived - earlier.bytesReceived,
          quotaWait.minus(earlier.quotaWait),
          elapsed.minus(earlier.elapsed));
    }
  }
}
