package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.store.Sleeper;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Theme;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Frees one theme slot when a store holds its maximum of custom themes, by deleting the oldest
 * theme StagingPro uploaded (its deployment history or a preview claim says so) that no channel
 * shows ({@link ThemeRoomPolicy}), and waits until the store no longer lists it.
 */
final class ThemeRoom {
  /** A theme deleted to make room, for the output and the report. */
  record DeletedTheme(String uuid, String name, String updatedAt) {
    String describe() {
      return "deleted theme '" + name + "' (" + uuid + ", last updated " + updatedAt
          + ") to make room: StagingPro uploaded it and no channel showed it";
    }
  }

  private final StoreConnector store;
  private final DeploymentHistory history;
  private final DeployTimings timings;
  private final Sleeper sleeper;
  private final ProgressListener listener;

  ThemeRoom(StoreConnector store, DeploymentHistory history, DeployTimings timings, Sleeper sleeper, ProgressListener listener) {
    this.store = store;
    this.history = history;
    this.timings = timings;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  DeletedTheme makeRoom() {
    List<Theme> themes = store.themes().list();
    Set<String> ours = new HashSet<>(history.uploadedThemes());
    ours.addAll(new PreviewPool(store).claimedThemes());
    Set<String> shown = StorefrontChannels.shownThemes(store);
    Optional<Theme> victim = ThemeRoomPolicy.deletable(themes, ours, shown);
    if (victim.isEmpty()) {
      throw StagingProException.failed("Store '" + store.environment() + "' holds its maximum of custom themes ("
          + themes.stream().filter(t -> Boolean.TRUE.equals(t.isPrivate())).count() + "), and none of them is one"
          + " StagingPro uploaded that no channel shows, so nothing was deleted."
          + " Delete a theme you no longer need in the control panel (Storefront > Themes) and run again.");
    }
    Theme theme = victim.get();
    store.themes().delete(theme.uuid());
    awaitGone(theme.uuid());
    DeletedTheme deleted = new DeletedTheme(theme.uuid(), theme.name(), theme.updatedAt());
    listener.warn("Store '" + store.environment() + "' was at its custom-theme limit: " + deleted.describe());
    return deleted;
  }

  /** The store may list a deleted theme for a moment; an upload before it is gone hits the limit again. */
  private void awaitGone(String uuid) {
    for (int check = 0; check < timings.deletionChecks(); check++) {
      if (store.themes().list().stream().noneMatch(t -> uuid.equals(t.uuid()))) {
        return;
      }
      Waits.sleep(sleeper, timings.deletionCheck(), "waiting for theme " + uuid + " to be deleted");
    }
  }
}
