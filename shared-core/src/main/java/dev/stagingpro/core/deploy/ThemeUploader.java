package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.report.ReportText;
import dev.stagingpro.core.store.Sleeper;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.Themes;
import dev.stagingpro.core.store.model.JobMessage;
import dev.stagingpro.core.store.model.ThemeJob;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Uploads a bundle to a store and waits for its job, one upload at a time per store:
 *
 * <ul>
 *   <li>"upload in progress" (409): waits, doubling the wait, until the store is free or the busy
 *       timeout passes;
 *   <li>the custom-theme limit (409): frees one slot with {@link ThemeRoom} and sends again;
 *   <li>the job is polled with a doubling interval and an overall timeout;
 *   <li>a job that fails for a transient reason (no bundle-content error code) is sent once more;
 *       one that fails on the bundle's content fails with each error and the file it names.
 * </ul>
 */
final class ThemeUploader {
  /** TR-3xx to TR-9xx name problems with the bundle's content: sending it again cannot help. */
  private static final Pattern CONTENT_ERROR = Pattern.compile("TR-[3-9]\\d\\d");

  /** What an upload produced. */
  record Uploaded(String themeUuid, List<UploadMessage> warnings, List<ThemeRoom.DeletedTheme> deleted, int attempts) {}

  private final StoreConnector store;
  private final ThemeRoom room;
  private final DeployTimings timings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;

  ThemeUploader(StoreConnector store, ThemeRoom room, DeployTimings timings, Clock clock, Sleeper sleeper, ProgressListener listener) {
    this.store = store;
    this.room = room;
    this.timings = timings;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  Uploaded upload(Path zip, String themeName) {
    List<ThemeRoom.DeletedTheme> deleted = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      Themes.UploadStart start = send(zip, themeName, deleted);
      if (start.jobId().isEmpty()) {
        String uuid = start.recoveredThemeUuid().orElseThrow();
        listener.info("The store's answer to the upload was lost; found the uploaded theme " + uuid + " on the store");
        return new Uploaded(uuid, List.of(), deleted, attempt);
      }
      ThemeJob job = await(start.jobId().get());
      List<UploadMessage> warnings = messages(job.warnings(), false);
      warnings.forEach(w -> listener.warn("Theme upload warning: " + w.describe()));
      if (!job.isFailed()) {
        String uuid = job.themeId().orElseThrow(() -> StagingProException.failed(
            "Theme upload job " + job.id() + " on '" + store.environment() + "' completed without naming the theme"));
        return new Uploaded(uuid, warnings, deleted, attempt);
      }
      List<UploadMessage> errors = messages(job.errors(), true);
      if (attempt == 1 && isTransient(errors)) {
        listener.warn("Theme upload job " + job.id() + " on '" + store.environment() + "' failed for a transient reason ("
            + describe(errors) + "); uploading once more");
        continue;
      }
      throw new UploadFailedException(store.environment(), job.id(), errors, warnings, attempt);
    }
  }

  /** Sends the bundle, waiting while another upload runs and making room at the theme limit once. */
  private Themes.UploadStart send(Path zip, String themeName, List<ThemeRoom.DeletedTheme> deleted) {
    Instant busySince = null;
    Duration wait = timings.busyWaitFirst();
    boolean madeRoom = false;
    while (true) {
      try {
        return store.themes().startUpload(zip, themeName);
      } catch (StoreApiException e) {
        if (e.status() == 413) {
          throw StagingProException.badInput("Store '" + store.environment() + "' refused the bundle " + zip.getFileName()
              + " as too large (413): keep the zip under 50 MB and each file under 5 MB (large images, fonts, source maps)");
        }
        if (!e.isConflict()) {
          throw e;
        }
        if (Themes.isThemeLimitReached(e)) {
          if (madeRoom) {
            throw StagingProException.failed("Store '" + store.environment() + "' is still at its custom-theme limit after "
                + deleted.get(deleted.size() - 1).describe() + "; delete another theme in the control panel and run again");
          }
          deleted.add(room.makeRoom());
          madeRoom = true;
          continue;
        }
        Instant now = clock.instant();
        busySince = busySince == null ? now : busySince;
        if (!now.isBefore(busySince.plus(timings.busyTimeout()))) {
          throw StagingProException.failed("Store '" + store.environment() + "' has had another theme upload in progress for "
              + ReportText.duration(Duration.between(busySince, now))
              + " (" + e.storeMessage() + "); a store takes one upload at a time. Run again when it finished.");
        }
        listener.info("Another theme upload is in progress on '" + store.environment() + "'; trying again in "
            + ReportText.duration(wait));
        Waits.sleep(sleeper, wait, "waiting for another theme upload on '" + store.environment() + "' to finish");
        wait = DeployTimings.doubled(wait, timings.busyWaitMax());
      }
    }
  }

  /** Polls until the job finishes, the interval doubling from the first to the maximum. */
  private ThemeJob await(String jobId) {
    Instant deadline = clock.instant().plus(timings.jobTimeout());
    Duration interval = timings.jobPollFirst();
    while (true) {
      ThemeJob job = store.themes().job(jobId);
      if (job.isFinished()) {
        listener.progress("theme upload job " + jobId + " " + job.status(), 100, 100);
        return job;
      }
      long percent = job.percentComplete() == null ? 0 : job.percentComplete().longValue();
      listener.progress("theme upload job " + jobId + " " + job.status(), percent, 100);
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw StagingProException.failed("Theme upload job " + jobId + " on '" + store.environment() + "' did not finish within "
            + ReportText.duration(timings.jobTimeout()) + " (last status " + job.status()
            + "). The theme may still appear on the store; look under Storefront > Themes before running again.");
      }
      Duration left = Duration.between(now, deadline);
      Waits.sleep(sleeper, interval.compareTo(left) < 0 ? interval : left, "waiting for theme upload job " + jobId);
      interval = DeployTimings.doubled(interval, timings.jobPollMax());
    }
  }

  static boolean isTransient(List<UploadMessage> errors) {
    return errors.stream().map(UploadMessage::code).flatMap(Optional::stream).noneMatch(c -> CONTENT_ERROR.matcher(c).matches());
  }

  private static List<UploadMessage> messages(List<JobMessage> messages, boolean errors) {
    return messages == null ? List.of() : messages.stream().map(m -> UploadMessage.of(m, errors)).toList();
  }

  static String describe(List<UploadMessage> messages) {
    return messages.isEmpty() ? "no reason given" : messages.stream().map(UploadMessage::describe).collect(Collectors.joining("; "));
  }
}
