package dev.stagingpro.core.theme;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the theme's own build ({@code theme.build} in the manifest, e.g. {@code npm ci && npm run
 * build}) in the theme folder through the system shell, streaming every output line as progress,
 * and stops it (with everything it started) when it exceeds its timeout. StagingPro itself downloads
 * nothing here: whatever the command fetches is the command's business.
 */
public final class ThemeBuildRunner {
  private static final int TAIL_LINES = 20;

  private ThemeBuildRunner() {}

  public static void run(String command, Path themeDir, Duration timeout, ProgressListener listener) {
    listener.info("build: " + command + " (in " + themeDir + ", timeout " + timeout.toSeconds() + " s)");
    Process process;
    try {
      process = new ProcessBuilder(shell(command)).directory(themeDir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw StagingProException.failed("the theme build '" + command + "' could not start: " + e.getMessage(), e);
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> stream(process, listener, tail), "theme-build-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        throw StagingProException.failed("the theme build '" + command + "' did not finish within " + timeout.toSeconds()
            + " s and was stopped; make it faster or raise theme.build timeout in stagingpro.yml");
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw StagingProException.failed("the theme build was interrupted");
    }
    if (process.exitValue() != 0) {
      String lastLines;
      synchronized (tail) {
        lastLines = String.join("\n", tail);
      }
      throw StagingProException.failed("the theme build '" + command + "' failed with exit code " + process.exitValue()
          + (lastLines.isEmpty() ? "" : "; its last lines:\n" + lastLines));
    }
    listener.info("build finished");
  }

  private static void stream(Process process, ProgressListener listener, Deque<String> tail) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        listener.info("build | " + line);
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // The process ended or was stopped; its exit code tells what happened.
    }
  }

  private static List<String> shell(String command) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return windows ? List.of("cmd.exe", "/c", command) : List.of("/bin/sh", "-c", command);
  }
}
