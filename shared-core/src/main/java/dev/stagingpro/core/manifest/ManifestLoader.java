package dev.stagingpro.core.manifest;

import dev.stagingpro.core.event.ProgressListener;
import java.nio.file.Path;

/** Reads and validates {@code stagingpro.yml}. (Placeholder: the manifest work fills this in.) */
public final class ManifestLoader {
  private ManifestLoader() {}

  /**
   * Loads {@code manifestFile}, whose relative paths are resolved against {@code repoRoot}.
   * Unset {@code ${VAR}} references are problems only when {@code requireSecrets} is true.
   * Deprecations are reported to {@code listener} as warnings.
   *
   * @throws ManifestException with every problem found, each with file, line and column
   */
  public static Manifest load(Path manifestFile, Path repoRoot, EnvLookup env, boolean requireSecrets, ProgressListener listener) {
    throw new UnsupportedOperationException("manifest loading is not written yet");
  }
}
