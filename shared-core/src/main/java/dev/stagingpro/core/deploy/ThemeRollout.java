package dev.stagingpro.core.deploy;

import dev.stagingpro.core.ops.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Uploads and activates themes on one environment's store, with the run's clock, waits and listener. */
final class ThemeRollout {
  private final StoreSession session;
  private final Workspace workspace;
  private final DeployTools tools;

  ThemeRollout(StoreSession session, Workspace workspace, DeployTools tools) {
    this.session = session;
    this.workspace = workspace;
    this.tools = tools;
  }

  ThemeUploader.Uploaded upload(Path zip, String themeName) {
    ThemeRoom room = new ThemeRoom(session.store(), session.history(), tools.timings(), tools.sleeper(), workspace.listener());
    return new ThemeUploader(session.store(), room, tools.timings(), workspace.clock(), tools.sleeper(), workspace.listener())
        .upload(zip, themeName);
  }

  ThemeActivator.Activation activate(String themeUuid, Optional<String> variation, List<Integer> channels, String which) {
    return new ThemeActivator(session.store(), workspace.listener()).activate(themeUuid, variation, channels, which);
  }

  /** Whether the store still has the theme (a recorded theme may have been deleted since). */
  boolean exists(String themeUuid) {
    return session.store().themes().get(themeUuid).isPresent();
  }
}
