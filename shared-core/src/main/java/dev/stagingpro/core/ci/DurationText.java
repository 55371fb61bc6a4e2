package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people write it in a pipeline ({@code 90s}, {@code 10m}, {@code 1h30m}) or
 * as ISO-8601 ({@code PT10M}). A bare number is refused: seconds or minutes would be a guess.
 */
public final class DurationText {
  private static final Pattern HUMAN = Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");

  private DurationText() {}

  /** @param parameter the parameter's name, for the message */
  public static Duration parse(String parameter, String text) {
    String value = text.trim().toLowerCase(java.util.Locale.ROOT);
    Duration duration = value.startsWith("p") ? iso(value) : human(value);
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw StagingProException.badInput("'" + parameter + "' must be a duration above zero such as '90s', '10m', '1h30m' or 'PT10M' (got '"
          + text + "')");
    }
    return duration;
  }

  private static Duration iso(String value) {
    try {
      return Duration.parse(value.toUpperCase(java.util.Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration human(String value) {
    Matcher m = HUMAN.matcher(value);
    if (value.isEmpty() || !m.matches()) {
      return null;
    }
    return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
