package dev.stagingpro.sandbox.knobs;

import java.time.Clock;

/** Counts one store's requests in fixed windows on the sandbox clock. */
public final class RateLimiter {
  /** The outcome for one request, with what the X-Rate-Limit-* headers report. */
  public record Decision(boolean allowed, int quota, int left, long resetMs, long windowMs) {
    /** Whole seconds to wait, as sent in X-Retry-After. */
    public long retryAfterSeconds() {
      return Math.max(1, (resetMs + 999) / 1000);
    }
  }

  private final Clock clock;
  private final Knobs knobs;
  private long windowStart = Long.MIN_VALUE;
  private int used;

  public RateLimiter(Clock clock, Knobs knobs) {
    this.clock = clock;
    this.knobs = knobs;
  }

  /** Counts one request; the decision says whether it may run. */
  public synchronized Decision acquire() {
    return decide(true);
  }

  /** The current state without counting a request (for answers that do not count, like 401). */
  public synchronized Decision peek() {
    return decide(false);
  }

  private Decision decide(boolean count) {
    RateLimit limit = knobs.rateLimit();
    long windowMs = limit.window().toMillis();
    long now = clock.millis();
    if (windowStart == Long.MIN_VALUE || now >= windowStart + windowMs || now < windowStart) {
      windowStart = now;
      used = 0;
    }
    long reset = windowStart + windowMs - now;
    if (used >= limit.quota()) {
      return new Decision(false, limit.quota(), 0, reset, windowMs);
    }
    if (count) {
      used++;
    }
    return new Decision(true, limit.quota(), limit.quota() - used, reset, windowMs);
  }
}
