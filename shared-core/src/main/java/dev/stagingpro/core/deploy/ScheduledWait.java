package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.report.ReportText;
import dev.stagingpro.core.store.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Waits for a {@link ScheduledStart} with a visible countdown (progress events: seconds waited of
 * seconds to wait). Time comes from the workspace clock and waiting from a {@link Sleeper}, so
 * tests run a five-hour wait in no time. In CI a wait longer than {@code --max-wait} is refused
 * before anything happens: CI runners bill and time out by the minute, and a scheduled workflow is
 * the right tool for a start hours away.
 */
public final class ScheduledWait {
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofHours(5);

  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;

  public ScheduledWait(Clock clock, Sleeper sleeper, ProgressListener listener) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /** Refuses (bad input) a CI wait beyond {@code maxWait}, pointing to a scheduled workflow instead. */
  public void checkAllowed(ScheduledStart start, Duration maxWait, boolean inCi, String command) {
    Duration wait = Duration.between(clock.instant(), start.instant());
    if (!inCi || wait.compareTo(maxWait) <= 0) {
      return;
    }
    ZonedDateTime utc = start.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime local = start.local();
    throw StagingProException.badInput("--at " + start.describe() + " is " + ReportText.duration(wait)
        + " away, longer than --max-wait " + ReportText.duration(maxWait) + " allows in CI (runners time out and bill while"
        + " waiting). Use a scheduled workflow that runs '" + command + "' without --at instead: GitHub Actions"
        + " on: schedule: - cron: '" + cron(utc) + "' (cron there is UTC), Jenkins triggers { cron('TZ="
        + local.getZone().getId() + "\\n" + cron(local) + "') } — and remove the trigger after it ran. Or raise --max-wait.");
  }

  /** Returns at or after the start, reporting the countdown on the way. */
  public void waitUntil(ScheduledStart start) {
    Instant begin = clock.instant();
    long total = Math.max(0, Duration.between(begin, start.instant()).toSeconds());
    if (!begin.isBefore(start.instant())) {
      return;
    }
    listener.info("Waiting " + ReportText.duration(Duration.between(begin, start.instant())) + " until " + start.describe());
    start.notes().forEach(listener::info);
    while (true) {
      Instant now = clock.instant();
      Duration left = Duration.between(now, start.instant());
      if (left.isNegative() || left.isZero()) {
        break;
      }
      listener.progress("starting in " + ReportText.duration(left) + " (at " + start.describe() + ")",
          Duration.between(begin, now).toSeconds(), total);
      Waits.sleep(sleeper, step(left), "waiting for " + start.describe() + "; nothing was deployed");
    }
    listener.progress("starting now", total, total);
  }

  /** "minute hour day month *" for a one-off trigger. */
  private static String cron(ZonedDateTime time) {
    return time.getMinute() + " " + time.getHour() + " " + time.getDayOfMonth() + " " + time.getMonthValue() + " *";
  }

  /** Coarse countdown ticks far from the start, fine ones near it, never past it. */
  static Duration step(Duration left) {
    Duration tick;
    if (left.compareTo(Duration.ofHours(1)) > 0) {
      tick = Duration.ofMinutes(5);
    } else if (left.compareTo(Duration.ofMinutes(5)) > 0) {
      tick = Duration.ofMinutes(1);
    } else {
      tick = Duration.ofSeconds(10);
    }
    return left.compareTo(tick) < 0 ? left : tick;
  }
}
