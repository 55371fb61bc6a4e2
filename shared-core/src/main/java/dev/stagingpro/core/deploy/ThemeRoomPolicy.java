package dev.stagingpro.core.deploy;

import dev.stagingpro.core.store.model.Theme;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which theme may go when a store holds its maximum of custom themes: only one that StagingPro
 * itself uploaded (a deployment record says so) and that no channel shows, the oldest first.
 * Themes people uploaded by hand, marketplace themes and anything active are never touched.
 */
public final class ThemeRoomPolicy {
  private ThemeRoomPolicy() {}

  /**
   * @param uploadedByTool theme UUIDs recorded as uploaded by StagingPro (deployments, previews)
   * @param shownOnChannels theme UUIDs active on some channel now
   */
  public static Optional<Theme> deletable(List<Theme> themes, Set<String> uploadedByTool, Set<String> shownOnChannels) {
    return themes.stream()
        .filter(t -> uploadedByTool.contains(t.uuid()))
        .filter(t -> !shownOnChannels.contains(t.uuid()) && !Boolean.TRUE.equals(t.isActive()))
        .min(Comparator.comparing(ThemeRoomPolicy::updatedAt).thenComparing(Theme::uuid));
  }

  /** Unreadable dates count as newest, so a theme is never deleted for a date we cannot read. */
  private static Instant updatedAt(Theme theme) {
    try {
      return theme.updatedAt() == null ? Instant.MAX : OffsetDateTime.parse(theme.updatedAt()).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.MAX;
    }
  }
}
