package dev.stagingpro.sandbox.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date-time texts as the API writes them. */
public final class Times {
  private static final DateTimeFormatter V3 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter V2 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private Times() {}

  /** RFC 3339, e.g. {@code 2024-05-01T10:00:00+00:00}. */
  public static String v3(Instant instant) {
    return V3.format(instant);
  }

  /** RFC 2822 as the v2 API writes dates, e.g. {@code Wed, 1 May 2024 10:00:00 GMT}. */
  public static String v2(Instant instant) {
    return V2.format(instant);
  }
}
