package dev.stagingpro.core.ops;

import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestLoader;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every operation runs in: the repository checkout, its manifest, where secrets come from,
 * where progress goes, and the clock (injectable so tests use short windows). Faces build one from
 * their own inputs and hand it to an operation.
 */
public record Workspace(Path repoRoot, Path manifestFile, EnvLookup env, ProgressListener listener, Clock clock) {
  public static final String MANIFEST_NAME = "stagingpro.yml";
  public static final String STATE_DIR = Manifest.STATE_DIR;

  public Workspace {
    repoRoot = repoRoot.toAbsolutePath().normalize();
    manifestFile = manifestFile.toAbsolutePath().normalize();
  }

  /** Local state: embedded sandbox stores, run journals and restore data ({@code .stagingpro/}). */
  public Path stateDir() {
    return repoRoot.resolve(STATE_DIR);
  }

  public Workspace withEnv(EnvLookup otherEnv) {
    return new Workspace(repoRoot, manifestFile, otherEnv, listener, clock);
  }

  public Workspace withListener(ProgressListener otherListener) {
    return new Workspace(repoRoot, manifestFile, env, otherListener, clock);
  }

  public Manifest loadManifest(boolean requireSecrets) {
    return ManifestLoader.load(manifestFile, repoRoot, env, requireSecrets, listener);
  }
}
