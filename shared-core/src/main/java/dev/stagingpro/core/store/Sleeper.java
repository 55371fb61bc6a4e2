package dev.stagingpro.core.store;

import java.time.Duration;

/**
 * How the connector waits (rate-limit pacing, retry back-off, job polling). Injectable so tests
 * advance a fake clock instead of sleeping in real time.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  };

  void sleep(Duration duration) throws InterruptedException;
}
