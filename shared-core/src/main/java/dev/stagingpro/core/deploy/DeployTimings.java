package dev.stagingpro.core.deploy;

import java.time.Duration;

/**
 * How long theme work waits for the store: upload job polling (first interval, doubling up to a
 * maximum, given up after {@code jobTimeout}), a busy store (another upload in progress: waits
 * doubling up to a maximum, given up after {@code busyTimeout}), and how long a deleted theme may
 * take to disappear from the list. Tests use windows of seconds with a fake clock.
 */
public record DeployTimings(
    Duration jobPollFirst,
    Duration jobPollMax,
    Duration jobTimeout,
    Duration busyWaitFirst,
    Duration busyWaitMax,
    Duration busyTimeout,
    Duration deletionCheck,
    int deletionChecks) {

  public static DeployTimings standard() {
    return new DeployTimings(Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofMinutes(15),
        Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(20), Duration.ofSeconds(1), 5);
  }

  /** The next wait of a doubling series, capped. */
  static Duration doubled(Duration current, Duration max) {
    Duration next = current.multipliedBy(2);
    return next.compareTo(max) > 0 ? max : next;
  }
}
