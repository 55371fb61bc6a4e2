package dev.stagingpro.maven;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns the core's events into Maven log lines, every line passed through the masker first. The
 * Maven log is line-based (and a CI log in batch mode), so progress is a line per tenth of the
 * work rather than a bar.
 */
final class MavenProgressLog implements ProgressListener {
  private static final long UNKNOWN_TOTAL_STEP = 100;

  private final Log log;
  private final SecretMasker masker;
  private final Map<String, Long> lastTenth = new ConcurrentHashMap<>();

  MavenProgressLog(Log log, SecretMasker masker) {
    this.log = log;
    this.masker = masker;
  }

  @Override
  public void onEvent(ProgressEvent event) {
    switch (event.kind()) {
      case INFO -> log.info(masker.mask(event.message()));
      case WARNING -> log.warn(masker.mask(located(event)));
      case ERROR -> log.error(masker.mask(located(event)));
      case PROGRESS -> progress(event);
    }
  }

  void debug(String line) {
    if (log.isDebugEnabled()) {
      log.debug(masker.mask(line));
    }
  }

  private void progress(ProgressEvent event) {
    String task = event.message();
    if (event.total() <= 0) {
      if (event.done() == 1 || event.done() % UNKNOWN_TOTAL_STEP == 0) {
        info(task + ": " + event.done());
      }
      return;
    }
    boolean finished = event.done() >= event.total();
    long tenth = Math.min(10, event.done() * 10 / event.total());
    Long previous = finished ? lastTenth.remove(task) : lastTenth.put(task, tenth);
    if (finished || previous == null || previous != tenth) {
      info(task + ": " + event.done() + "/" + event.total() + " (" + tenth * 10 + "%)");
    }
  }

  private static String located(ProgressEvent event) {
    if (event.file() == null) {
      return event.message();
    }
    return event.file() + (event.line() > 0 ? ":" + event.line() : "") + ": " + event.message();
  }
}
