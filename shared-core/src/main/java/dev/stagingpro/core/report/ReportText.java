package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The words and numbers every report format and notification shows the same way. */
public final class ReportText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReportText() {}

  /** "StagingPro apply on production" */
  public static String what(RunReport report) {
    String where = report.environments().isEmpty() ? "" : " on " + environments(report);
    return "StagingPro " + report.operation().cliName() + where;
  }

  public static String environments(RunReport report) {
    return report.environments().isEmpty() ? "-" : String.join(", ", report.environments());
  }

  public static String result(RunResult result) {
    return switch (result) {
      case RUNNING -> "running";
      case SUCCESS -> "succeeded";
      case PARTIAL -> "partly failed";
      case FAILURE -> "failed";
    };
  }

  /** A full commit id shortened to 12 characters, as people read them. */
  public static String commit(String commit) {
    return commit.matches("[0-9a-f]{40,64}") ? commit.substring(0, 12) : commit;
  }

  /** "3 create, 2 update, 10 unchanged", or "no records". */
  public static String counts(Map<ChangeClass, Long> totals) {
    StringJoiner parts = new StringJoiner(", ");
    for (ChangeClass cls : ChangeClass.values()) {
      long n = totals.getOrDefault(cls, 0L);
      if (n > 0) {
        parts.add(n + " " + cls.jsonName());
      }
    }
    return parts.length() == 0 ? "no records" : parts.toString();
  }

  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  public static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = duration.toSeconds();
    if (seconds < 3_600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3_600 + " h " + seconds % 3_600 / 60 + " min";
  }

  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    int unit = -1;
    do {
      value /= 1024;
      unit++;
    } while (value >= 1024 && unit < units.length - 1);
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** True for absolute http(s) URLs: the only kind rendered as clickable links. */
  public static boolean isWebUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
