package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.StoreConnector;
import java.util.List;

/** Deleting a preview theme nobody shows any more: best effort, a failure is a warning. */
final class PreviewThemes {
  private PreviewThemes() {}

  static void deleteQuietly(StoreConnector store, String themeUuid, String why, ReportedRun run, List<String> lines) {
    if (StorefrontChannels.shownThemes(store).contains(themeUuid)) {
      lines.add("  kept theme " + themeUuid + " (" + why + "): a channel still shows it");
      return;
    }
    try {
      store.themes().delete(themeUuid);
      lines.add("  deleted theme " + themeUuid + " (" + why + ")");
    } catch (StagingProException e) {
      String warning = "Could not delete preview theme " + themeUuid + " (" + why + "): " + e.getMessage();
      run.report().warning(warning);
      lines.add("  " + warning);
    }
  }
}
