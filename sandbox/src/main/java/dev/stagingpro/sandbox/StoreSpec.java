package dev.stagingpro.sandbox;

import dev.stagingpro.sandbox.knobs.RateLimit;
import java.util.Objects;

/**
 * What a new sandbox store looks like: its name, optionally a fixed hash and token (random when
 * null), its time zone, whether multi-storefront is on and how many storefronts it allows, and
 * its rate limit (null = the server's default).
 */
public record StoreSpec(
    String name,
    String hash,
    String token,
    String timezone,
    boolean multiStorefront,
    int storefrontLimit,
    RateLimit rateLimit) {
  public StoreSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timezone, "timezone");
    if (hash != null && !hash.matches("[a-z0-9]{1,32}")) {
      throw new IllegalArgumentException("A store hash is 1-32 lowercase letters and digits: " + hash);
    }
  }

  /** A store in America/Chicago with multi-storefront enabled and room for 3 storefronts. */
  public static StoreSpec named(String name) {
    return new StoreSpec(name, null, null, "America/Chicago", true, 3, null);
  }

  public StoreSpec hash(String value) {
    return new StoreSpec(name, value, token, timezone, multiStorefront, storefrontLimit, rateLimit);
  }

  public StoreSpec token(String value) {
    return new StoreSpec(name, hash, value, timezone, multiStorefront, storefrontLimit, rateLimit);
  }

  public StoreSpec timezone(String value) {
    return new StoreSpec(name, hash, token, value, multiStorefront, storefrontLimit, rateLimit);
  }

  /** Multi-storefront on, with {@code limit} storefronts allowed (active ones count). */
  public StoreSpec storefronts(int limit) {
    return new StoreSpec(name, hash, token, timezone, true, limit, rateLimit);
  }

  /** One storefront only (multi-storefront off). */
  public StoreSpec singleStorefront() {
    return new StoreSpec(name, hash, token, timezone, false, 1, rateLimit);
  }

  public StoreSpec rateLimit(RateLimit value) {
    return new StoreSpec(name, hash, token, timezone, multiStorefront, storefrontLimit, value);
  }
}
