package dev.stagingpro.sandbox.knobs;

import java.time.Duration;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The realism settings of one store, changeable at any time (tests set them between calls):
 * rate limit, per-request latency, random faults, scripted faults, per-endpoint concurrency
 * caps and theme-upload behaviour.
 */
public final class Knobs {
  /** A fault queued for the next request(s) matching a route, e.g. {@code PUT /v3/catalog/products}. */
  public record ScriptedFault(String route, Fault fault) {}

  private volatile RateLimit rateLimit;
  private volatile Duration latency = Duration.ZERO;
  private volatile FaultPlan faults = FaultPlan.NONE;
  private volatile boolean concurrencyCaps = true;
  private volatile ThemeSettings themes = ThemeSettings.DEFAULT;
  private final Deque<ScriptedFault> script = new ConcurrentLinkedDeque<>();

  public Knobs(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit);
  }

  public RateLimit rateLimit() {
    return rateLimit;
  }

  public Knobs rateLimit(RateLimit value) {
    rateLimit = Objects.requireNonNull(value);
    return this;
  }

  public Duration latency() {
    return latency;
  }

  /** Added to every request (real time, not the sandbox clock). */
  public Knobs latency(Duration value) {
    latency = Objects.requireNonNull(value);
    return this;
  }

  public FaultPlan faults() {
    return faults;
  }

  public Knobs faults(FaultPlan value) {
    faults = Objects.requireNonNull(value);
    return this;
  }

  public boolean concurrencyCaps() {
    return concurrencyCaps;
  }

  /** Whether the per-endpoint concurrency caps BigCommerce documents answer 429 (default on). */
  public Knobs concurrencyCaps(boolean enabled) {
    concurrencyCaps = enabled;
    return this;
  }

  public ThemeSettings themes() {
    return themes;
  }

  public Knobs themes(ThemeSettings value) {
    themes = Objects.requireNonNull(value);
    return this;
  }

  /**
   * Queues faults for the next requests whose route is {@code route} ("METHOD /v3/path/{param}"
   * as in the request log), one fault per request in order; a null route matches any request.
   */
  public Knobs failNext(String route, Fault... next) {
    for (Fault fault : next) {
      script.add(new ScriptedFault(route, fault));
    }
    return this;
  }

  public Knobs clearScriptedFaults() {
    script.clear();
    return this;
  }

  /** Takes the first scripted fault that applies to {@code route}, if any. */
  public Fault takeScripted(String route) {
    for (ScriptedFault next : script) {
      // remove(...) succeeds for one caller only: concurrent requests never share one scripted fault
      if ((next.route() == null || next.route().equals(route)) && script.remove(next)) {
        return next.fault();
      }
    }
    return null;
  }
}
