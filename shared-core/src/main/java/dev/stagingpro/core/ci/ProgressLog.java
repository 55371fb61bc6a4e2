package dev.stagingpro.core.ci;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;

/**
 * Turns core progress events into masked CI log lines, warnings and errors at the log's levels. Progress of long work is thinned
 * out (a line per tenth of the work, or per 100 items when the total is unknown), so a bulk run
 * of 100,000 records does not write 100,000 lines.
 */
public final class ProgressLog implements ProgressListener {
  private static final int UNKNOWN_TOTAL_STEP = 100;

  private final LogMasker log;
  private String task;
  private long lastTenth = -1;

  public ProgressLog(LogMasker log) {
    this.log = log;
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    switch (event.kind()) {
      case INFO -> log.println(event.message());
      case WARNING -> log.warn(event.message());
      case ERROR -> log.error(where(event) + event.message());
      case PROGRESS -> progress(event);
    }
  }

  private void progress(ProgressEvent event) {
    if (!event.message().equals(task)) {
      task = event.message();
      lastTenth = -1;
    }
    long done = event.done();
    long total = event.total();
    if (total > 0) {
      long tenth = Math.min(10, done * 10 / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        log.println(task + ": " + done + "/" + total + " (" + (done * 100 / total) + "%)");
      }
    } else if (done == 1 || done % UNKNOWN_TOTAL_STEP == 0) {
      log.println(task + ": " + done);
    }
  }

  private static String where(ProgressEvent event) {
    if (event.file() == null) {
      return "";
    }
    return event.file() + (event.line() > 0 ? ":" + event.line() : "") + ": ";
  }
}
