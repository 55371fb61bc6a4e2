package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.ActiveTheme;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.core.store.model.ThemeJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Stencil themes: upload, jobs, activation per channel, download. */
public interface Themes {
  List<Theme> list();

  Optional<Theme> get(String themeUuid);

  /**
   * Uploads a bundle zip (multipart part {@code file}) and waits for the upload job. If the
   * connection fails after the bundle may have arrived, the themes are listed again and a new or
   * changed theme named {@code themeName} is taken as the upload instead of sending it twice.
   *
   * @param themeName the theme's name from the bundle's {@code config.json}
   * @throws StoreApiException with status 409 when the store's theme limit is reached or an
   *     upload is already running (see {@link #isThemeLimitReached})
   */
  ThemeUpload upload(Path bundleZip, String themeName);

  /**
   * Sends a bundle like {@link #upload} but returns as soon as the store took it, so the caller
   * polls the job its own way ({@link #job}) and sees a failed job's errors and warnings.
   *
   * @throws StoreApiException as {@link #upload} does
   */
  UploadStart startUpload(Path bundleZip, String themeName);

  /** Polls a job until it completes or fails (or {@code jobTimeout} passes). */
  ThemeJob awaitJob(String jobId);

  ThemeJob job(String jobId);

  /** Activates a variation on a channel; {@code which} is original, last_activated or last_created. */
  void activate(String variationUuid, int channelId, String which);

  /** What the channel shows now. */
  ActiveTheme activeTheme(int channelId);

  void delete(String themeUuid);

  /**
   * Downloads a theme ({@code which} as in {@link #activate}) into {@code target}. The download
   * link points away from the API, so the token is not sent there.
   */
  Path download(String themeUuid, String which, Path target);

  /** True for the 409 a store gives when it holds its maximum of custom themes. */
  static boolean isThemeLimitReached(StoreApiException e) {
    return e.isConflict() && e.storeMessage().toLowerCase(java.util.Locale.ROOT).contains("upload limit");
  }

  /**
   * An upload's outcome.
   *
   * @param job the finished job; null when the upload was recovered by listing the themes
   */
  record ThemeUpload(String themeUuid, ThemeJob job) {}

  /**
   * A started upload: the job to poll, or, when the answer was lost and the theme was found on
   * the store instead, that theme.
   */
  record UploadStart(Optional<String> jobId, Optional<String> recoveredThemeUuid) {}
}
