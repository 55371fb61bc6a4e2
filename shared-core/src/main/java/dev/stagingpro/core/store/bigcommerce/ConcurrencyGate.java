package dev.stagingpro.core.store.bigcommerce;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Limits requests in flight: all together ({@code maxInFlight}) and per endpoint where the store
 * documents a cap (exceeding it answers 429 even with quota left). A cap is keyed by {@code METHOD
 * /vN/template} or by {@code /vN/template} for every method.
 */
final class ConcurrencyGate {
  private final Semaphore all;
  private final Map<String, Integer> caps;
  private final Map<String, Semaphore> perEndpoint = new ConcurrentHashMap<>();

  ConcurrencyGate(int maxInFlight, Map<String, Integer> caps) {
    this.all = new Semaphore(maxInFlight, true);
    this.caps = Map.copyOf(caps);
  }

  /** Waits for a place for this request; close the permit when the answer is read. */
  Permit enter(ApiRequest request) throws InterruptedException {
    Semaphore specific = endpointSemaphore(request);
    if (specific != null) {
      specific.acquire();
    }
    try {
      all.acquire();
    } catch (InterruptedException e) {
      if (specific != null) {
        specific.release();
      }
      throw e;
    }
    return () -> {
      all.release();
      if (specific != null) {
        specific.release();
      }
    };
  }

  private Semaphore endpointSemaphore(ApiRequest request) {
    String key = request.endpoint();
    Integer cap = caps.get(key);
    if (cap == null) {
      key = request.templatePath();
      cap = caps.get(key);
    }
    if (cap == null) {
      return null;
    }
    int permits = cap;
    return perEndpoint.computeIfAbsent(key, k -> new Semaphore(permits, true));
  }

  /** A place in flight. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
