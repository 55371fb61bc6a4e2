package dev.stagingpro.sandbox.knobs;

import java.time.Duration;

/**
 * How theme uploads behave: how long a job stays QUEUED and then WORKING (measured on the
 * sandbox clock, zero means it finishes at once), the chance that a valid bundle's job still
 * ends FAILED (a transient platform error, as real stores show), the custom-theme limit and
 * the upload size limit.
 */
public record ThemeSettings(
    Duration queued, Duration working, double transientFailureRate, int customThemeLimit, long maxUploadBytes) {
  public static final long FIFTY_MB = 50L * 1024 * 1024;
  public static final ThemeSettings DEFAULT = new ThemeSettings(Duration.ZERO, Duration.ZERO, 0, 20, FIFTY_MB);

  public ThemeSettings jobDurations(Duration queuedFor, Duration workingFor) {
    return new ThemeSettings(queuedFor, workingFor, transientFailureRate, customThemeLimit, maxUploadBytes);
  }

  public ThemeSettings transientFailureRate(double rate) {
    return new ThemeSettings(queued, working, rate, customThemeLimit, maxUploadBytes);
  }

  public ThemeSettings customThemeLimit(int limit) {
    return new ThemeSettings(queued, working, transientFailureRate, limit, maxUploadBytes);
  }

  public ThemeSettings maxUploadBytes(long bytes) {
    return new ThemeSettings(queued, working, transientFailureRate, customThemeLimit, bytes);
  }
}
