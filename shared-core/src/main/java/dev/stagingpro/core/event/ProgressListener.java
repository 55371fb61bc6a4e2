package dev.stagingpro.core.event;

/**
 * How the core reports what it is doing. The core never prints: each face turns these events
 * into its own output (terminal lines, Maven log, Jenkins build log, Action workflow commands).
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = event -> {};

  void onEvent(ProgressEvent event);

  default void info(String message) {
    onEvent(ProgressEvent.info(message));
  }

  default void warn(String message) {
    onEvent(ProgressEvent.warning(message));
  }

  default void progress(String task, long done, long total) {
    onEvent(ProgressEvent.progress(task, done, total));
  }
}
