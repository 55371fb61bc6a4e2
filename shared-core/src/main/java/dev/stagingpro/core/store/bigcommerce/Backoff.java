package dev.stagingpro.core.store.bigcommerce;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential back-off with jitter for retries: the n-th retry waits between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}. The jitter keeps parallel requests that failed
 * together from retrying together.
 */
final class Backoff {
  private final Duration base;
  private final Duration max;
  private final Random random;

  Backoff(Duration base, Duration max, Random random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  Duration delay(int retry) {
    long ceiling = base.toMillis();
    for (int i = 1; i < retry && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max.toMillis());
    if (ceiling <= 1) {
      return Duration.ofMillis(ceiling);
    }
    long half = ceiling / 2;
    long jitter;
    synchronized (random) {
      jitter = (long) (random.nextDouble() * (ceiling - half + 1));
    }
    return Duration.ofMillis(half + jitter);
  }
}
