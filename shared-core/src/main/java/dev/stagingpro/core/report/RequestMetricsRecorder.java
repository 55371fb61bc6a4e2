package dev.stagingpro.core.report;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests as they happen; safe to call from many connector threads at once. {@link
 * #snapshot()} gives the plain {@link RequestMetrics} a report holds.
 */
public final class RequestMetricsRecorder {
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder bytesIn = new LongAdder();
  private final LongAdder bytesOut = new LongAdder();

  /** One request sent; {@code endpoint} is the method and path template, not the full URL. */
  public void request(String endpoint, long sentBytes, long receivedBytes) {
    requests.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
    bytesOut.add(Math.max(0, sentBytes));
    bytesIn.add(Math.max(0, receivedBytes));
  }

  public void retry() {
    retries.increment();
  }

  /** The store answered 429 Too Many Requests. */
  public void rateLimited() {
    rateLimited.increment();
  }

  public RequestMetrics snapshot() {
    Map<String, Long> counts = new TreeMap<>();
    requests.forEach((endpoint, n) -> counts.put(endpoint, n.sum()));
    return new RequestMetrics(counts, retries.sum(), rateLimited.sum(), bytesIn.sum(), bytesOut.sum());
  }
}
