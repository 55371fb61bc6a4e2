package dev.stagingpro.core.store.bigcommerce;

import java.util.OptionalLong;
import okhttp3.Headers;

/** The store's rate-limit headers of one response, each absent when not sent. */
record RateLimitHeaders(
    OptionalLong requestsLeft,
    OptionalLong resetMs,
    OptionalLong quota,
    OptionalLong windowMs,
    OptionalLong retryAfterSeconds) {

  static RateLimitHeaders of(Headers headers) {
    return new RateLimitHeaders(
        number(headers, "X-Rate-Limit-Requests-Left"),
        number(headers, "X-Rate-Limit-Time-Reset-Ms"),
        number(headers, "X-Rate-Limit-Requests-Quota"),
        number(headers, "X-Rate-Limit-Time-Window-Ms"),
        number(headers, "X-Retry-After"));
  }

  /** True when the response says how much of the quota is left and when it refills. */
  boolean describesQuota() {
    return requestsLeft.isPresent() && resetMs.isPresent();
  }

  private static OptionalLong number(Headers headers, String name) {
    String value = headers.get(name); // okhttp matches names case-insensitively
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of((long) Double.parseDouble(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
