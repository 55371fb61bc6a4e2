package dev.stagingpro.core.ops;

import dev.stagingpro.core.StagingProException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration a person typed for a face's option ({@code --max-wait 10m}, {@code
 * -Dstagingpro.maxWait=90s}): a whole number with {@code s}, {@code m} or {@code h}, a plain number
 * of seconds, or ISO-8601 ({@code PT1H30M}).
 */
public final class DurationInput {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*([smh]?)");

  private DurationInput() {}

  /** The duration, or a bad-input error naming {@code option} and the accepted forms. */
  public static Duration parse(String text, String option) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher simple = SIMPLE.matcher(value);
    try {
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
      }
      Duration iso = Duration.parse(text.trim());
      if (!iso.isNegative()) {
        return iso;
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      // falls through to the error below, which says what is accepted
    }
    throw StagingProException.badInput(option + ": '" + text + "' is not a duration; write e.g. 90s, 10m, 2h or PT1H30M");
  }
}
