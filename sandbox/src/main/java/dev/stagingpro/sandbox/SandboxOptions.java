package dev.stagingpro.sandbox;

import dev.stagingpro.sandbox.knobs.RateLimit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a sandbox: the port on 127.0.0.1 (0 picks a free one), the folder that keeps
 * stores across restarts (null keeps them in memory), the clock, the number of request threads
 * and the rate limit new stores get.
 */
public record SandboxOptions(int port, Path dataDir, Clock clock, int threads, RateLimit rateLimit) {
  public SandboxOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(rateLimit, "rateLimit");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
  }

  /** Free port, in memory, system clock, 16 threads, no practical rate limit. */
  public static SandboxOptions defaults() {
    return new SandboxOptions(0, null, Clock.systemUTC(), 16, RateLimit.UNLIMITED);
  }

  public SandboxOptions port(int value) {
    return new SandboxOptions(value, dataDir, clock, threads, rateLimit);
  }

  public SandboxOptions dataDir(Path value) {
    return new SandboxOptions(port, value, clock, threads, rateLimit);
  }

  public SandboxOptions clock(Clock value) {
    return new SandboxOptions(port, dataDir, value, threads, rateLimit);
  }

  public SandboxOptions threads(int value) {
    return new SandboxOptions(port, dataDir, clock, value, rateLimit);
  }

  public SandboxOptions rateLimit(RateLimit value) {
    return new SandboxOptions(port, dataDir, clock, threads, value);
  }
}
