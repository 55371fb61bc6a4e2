package dev.stagingpro.core.event;

import java.util.Objects;

/**
 * One thing the core wants a person to know. {@code done}/{@code total} are set for {@link
 * Kind#PROGRESS} (total may be -1 when unknown); {@code file}/{@code line} are set when a problem
 * points into the repository, so faces can annotate it (e.g. on a pull-request diff).
 */
public record ProgressEvent(Kind kind, String message, long done, long total, String file, int line) {
  public enum Kind { INFO, WARNING, ERROR, PROGRESS }

  public ProgressEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  public static ProgressEvent info(String message) {
    return new ProgressEvent(Kind.INFO, message, 0, 0, null, 0);
  }

  public static ProgressEvent warning(String message) {
    return new ProgressEvent(Kind.WARNING, message, 0, 0, null, 0);
  }

  public static ProgressEvent error(String message, String file, int line) {
    return new ProgressEvent(Kind.ERROR, message, 0, 0, file, line);
  }

  public static ProgressEvent progress(String task, long done, long total) {
    return new ProgressEvent(Kind.PROGRESS, task, done, total, null, 0);
  }
}
