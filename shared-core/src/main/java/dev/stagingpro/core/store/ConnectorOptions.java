package dev.stagingpro.core.store;

import dev.stagingpro.core.event.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * How a connector behaves on the wire. The defaults suit a real store; tests shorten the times and
 * inject a clock, a sleeper and a seeded random so nothing waits in real time.
 *
 * @param maxInFlight requests in flight at once (further capped by the rate-limit quota)
 * @param maxAttempts attempts per request for timeouts, connection failures and 5xx
 * @param backoffBase first retry delay; each further retry doubles it (with full jitter)
 * @param backoffMax upper bound of one retry delay
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time to wait for a response
 * @param jobPollInterval how often theme jobs are polled
 * @param jobTimeout when a theme job is given up
 * @param endpointCaps concurrency caps by endpoint ({@code METHOD /vN/template} or {@code /vN/template}
 *     for every method), on top of {@link #maxInFlight}
 * @param listener where the connector reports what a person should know (e.g. long rate-limit waits)
 * @param observer sees every request as sent (tests validate them against the API specs)
 */
public record ConnectorOptions(
    int maxInFlight,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration connectTimeout,
    Duration readTimeout,
    Duration jobPollInterval,
    Duration jobTimeout,
    Map<String, Integer> endpointCaps,
    Clock clock,
    Sleeper sleeper,
    Random random,
    ProgressListener listener,
    RequestObserver observer) {

  /** Per-endpoint concurrency limits the store documents; exceeding them answers 429. */
  public static final Map<String, Integer> STORE_ENDPOINT_CAPS =
      Map.ofEntries(
          Map.entry("/v3/customers", 3),
          Map.entry("/v3/customers/addresses", 3),
          Map.entry("/v3/customers/attributes", 3),
          Map.entry("/v3/customers/attribute-values", 3),
          Map.entry("/v3/catalog/trees/{tree_id}/categories", 1),
          Map.entry("/v3/catalog/categories", 40),
          Map.entry("/v2/customer_groups", 40),
          Map.entry("/v2/customer_groups/{customer_group_id}", 40),
          Map.entry("GET /v3/pricelists/{price_list_id}/records", 10),
          Map.entry("POST /v3/pricelists/{price_list_id}/records", 10),
          Map.entry("PUT /v3/pricelists/{price_list_id}/records", 2),
          Map.entry("POST /v3/pricelists/records", 10),
          Map.entry("PUT /v3/pricelists/records", 1),
          Map.entry("DELETE /v3/pricelists/{price_list_id}", 1),
          Map.entry("/v3/promotions", 40),
          Map.entry("/v3/promotions/{id}", 40),
          Map.entry("GET /v3/promotions/{promotion_id}/codes", 10),
          Map.entry("/v3/promotions/{promotion_id}/codes", 40),
          // parallel assignments of the same products conflict; theme uploads must never overlap
          Map.entry("PUT /v3/catalog/products/channel-assignments", 1),
          Map.entry("POST /v3/themes", 1));

  public ConnectorOptions {
    if (maxInFlight < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("maxInFlight and maxAttempts must be at least 1");
    }
    endpointCaps = Map.copyOf(endpointCaps);
  }

  public static ConnectorOptions defaults() {
    return new ConnectorOptions(
        8,
        6,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(2),
        Duration.ofMinutes(15),
        STORE_ENDPOINT_CAPS,
        Clock.systemUTC(),
        Sleeper.REAL,
        new Random(),
        ProgressListener.NONE,
        RequestObserver.NONE);
  }

  public ConnectorOptions withMaxInFlight(int value) {
    return new ConnectorOptions(value, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, endpointCaps, clock, sleeper, random, listener, observer);
  }

  public ConnectorOptions withRetries(int attempts, Duration base, Duration max) {
    return new ConnectorOptions(maxInFlight, attempts, base, max, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, endpointCaps, clock, sleeper, random, listener, observer);
  }

  public ConnectorOptions withTimeouts(Duration connect, Duration read) {
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connect, read,
        jobPollInterval, jobTimeout, endpointCaps, clock, sleeper, random, listener, observer);
  }

  public ConnectorOptions withJobPolling(Duration interval, Duration timeout) {
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        interval, timeout, endpointCaps, clock, sleeper, random, listener, observer);
  }

  /** Adds or replaces caps (keys as in {@link #endpointCaps}). */
  public ConnectorOptions withEndpointCaps(Map<String, Integer> caps) {
    Map<String, Integer> merged = new HashMap<>(endpointCaps);
    merged.putAll(caps);
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, merged, clock, sleeper, random, listener, observer);
  }

  public ConnectorOptions withTime(Clock newClock, Sleeper newSleeper, Random newRandom) {
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, endpointCaps, newClock, newSleeper, newRandom, listener, observer);
  }

  public ConnectorOptions withObserver(RequestObserver newObserver) {
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, endpointCaps, clock, sleeper, random, listener, newObserver);
  }

  public ConnectorOptions withListener(ProgressListener newListener) {
    return new ConnectorOptions(maxInFlight, maxAttempts, backoffBase, backoffMax, connectTimeout, readTimeout,
        jobPollInterval, jobTimeout, endpointCaps, clock, sleeper, random, newListener, observer);
  }
}
