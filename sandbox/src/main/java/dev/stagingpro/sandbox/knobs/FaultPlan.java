package dev.stagingpro.sandbox.knobs;

import java.time.Duration;

/**
 * Random faults, reproducible with a seed: the chance per request of a 5xx answer (spread evenly
 * over 500/502/503/504), of a dropped connection, of a slow answer, and of commit-then-fail (a
 * write applied, then its answer lost to a dropped connection or a 502).
 */
public record FaultPlan(
    long seed,
    double errorRate,
    double dropRate,
    double slowRate,
    Duration slowDelay,
    double commitThenFailRate) {
  public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, Duration.ZERO, 0);

  public FaultPlan {
    double total = errorRate + dropRate + slowRate + commitThenFailRate;
    if (errorRate < 0 || dropRate < 0 || slowRate < 0 || commitThenFailRate < 0 || total > 1.0) {
      throw new IllegalArgumentException("Fault rates must be >= 0 and add up to at most 1");
    }
  }

  public static FaultPlan seeded(long seed) {
    return new FaultPlan(seed, 0, 0, 0, Duration.ofMillis(200), 0);
  }

  public FaultPlan errorRate(double rate) {
    return new FaultPlan(seed, rate, dropRate, slowRate, slowDelay, commitThenFailRate);
  }

  public FaultPlan dropRate(double rate) {
    return new FaultPlan(seed, errorRate, rate, slowRate, slowDelay, commitThenFailRate);
  }

  public FaultPlan slow(double rate, Duration delay) {
    return new FaultPlan(seed, errorRate, dropRate, rate, delay, commitThenFailRate);
  }

  public FaultPlan commitThenFailRate(double rate) {
    return new FaultPlan(seed, errorRate, dropRate, slowRate, slowDelay, rate);
  }

  public boolean isNone() {
    return errorRate == 0 && dropRate == 0 && slowRate == 0 && commitThenFailRate == 0;
  }
}
