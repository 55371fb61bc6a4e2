package dev.stagingpro.cli;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.io.PrintWriter;

/**
 * Prints core events to stderr (stdout stays for results and {@code --json}). On a terminal,
 * progress redraws one line; in CI or when piped, progress is a plain line every 10%, so logs stay
 * readable.
 */
final class ConsoleListener implements ProgressListener {
  private final PrintWriter err;
  private final boolean plain;
  private boolean progressLineOpen;
  private long lastPlainPercent = -1;
  private String lastTask = "";

  ConsoleListener(PrintWriter err, boolean plain) {
    this.err = err;
    this.plain = plain;
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    switch (event.kind()) {
      case PROGRESS -> progress(event);
      case WARNING -> line("warning: " + event.message() + location(event));
      case ERROR -> line("error: " + event.message() + location(event));
      case INFO -> line(event.message());
    }
  }

  private void progress(ProgressEvent event) {
    String counts = event.total() > 0 ? event.done() + "/" + event.total() : String.valueOf(event.done());
    if (plain) {
      long percent = event.total() > 0 ? event.done() * 100 / event.total() / 10 * 10 : -1;
      if (!event.message().equals(lastTask) || percent != lastPlainPercent) {
        lastTask = event.message();
        lastPlainPercent = percent;
        line(event.message() + ": " + counts);
      }
      return;
    }
    err.print("\r" + event.message() + ": " + counts + "   ");
    err.flush();
    progressLineOpen = true;
  }

  private void line(String text) {
    if (progressLineOpen) {
      err.println();
      progressLineOpen = false;
    }
    err.println(text);
    err.flush();
  }

  private static String location(ProgressEvent event) {
    if (event.file() == null) {
      return "";
    }
    return " (" + event.file() + (event.line() > 0 ? ":" + event.line() : "") + ")";
  }

  /** Ends an open progress line. */
  synchronized void finish() {
    if (progressLineOpen) {
      err.println();
      err.flush();
      progressLineOpen = false;
    }
  }
}
