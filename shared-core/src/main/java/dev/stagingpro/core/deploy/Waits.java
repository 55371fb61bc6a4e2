package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.Sleeper;
import java.time.Duration;

/** Sleeping that turns an interrupt into a failure saying what was being waited for. */
final class Waits {
  private Waits() {}

  static void sleep(Sleeper sleeper, Duration duration, String what) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StagingProException.failed("Interrupted while " + what);
    }
  }
}
