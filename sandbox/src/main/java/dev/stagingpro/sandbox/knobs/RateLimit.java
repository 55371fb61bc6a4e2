package dev.stagingpro.sandbox.knobs;

import java.time.Duration;

/** A request quota per time window, as BigCommerce applies per store (all apps share it). */
public record RateLimit(int quota, Duration window) {
  /** Standard and Plus plans: 150 requests per 30 s. */
  public static final RateLimit STANDARD = new RateLimit(150, Duration.ofSeconds(30));
  /** Pro plan: 450 requests per 30 s. */
  public static final RateLimit PRO = new RateLimit(450, Duration.ofSeconds(30));
  /** No practical limit (headers are still sent). */
  public static final RateLimit UNLIMITED = new RateLimit(1_000_000_000, Duration.ofSeconds(30));

  public RateLimit {
    if (quota < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A rate limit needs a quota >= 1 and a positive window");
    }
  }

  public static RateLimit of(int quota, Duration window) {
    return new RateLimit(quota, window);
  }

  /** standard, plus, pro or unlimited. */
  public static RateLimit preset(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "standard", "plus" -> STANDARD;
      case "pro" -> PRO;
      case "unlimited", "none" -> UNLIMITED;
      default -> throw new IllegalArgumentException(
          "Unknown rate-limit preset '" + name + "': use standard, plus, pro or unlimited");
    };
  }
}
