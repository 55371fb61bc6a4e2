package dev.stagingpro.core.report;

import java.time.Duration;
import java.util.Objects;

/** How long one phase of a run (e.g. {@code plan}, {@code upload}, {@code apply}) took. */
public record PhaseTiming(String phase, Duration duration) {
  public PhaseTiming {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(duration, "duration");
  }
}
