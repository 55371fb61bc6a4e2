package dev.stagingpro.core.deploy;

import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.ActiveTheme;
import dev.stagingpro.core.store.model.Channel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The store's storefront channels that still count (not archived, deleted or terminated). */
final class StorefrontChannels {
  /** Statuses of channels that show nothing and take no storefront slot. */
  static final Set<String> GONE = Set.of("archived", "deleted", "terminated");

  private StorefrontChannels() {}

  static List<Channel> live(StoreConnector store) {
    try (Stream<Channel> channels = store.channels().list(ListQuery.where("type:in", "storefront"))) {
      return channels.filter(c -> "storefront".equals(c.type()) && !GONE.contains(c.status())).toList();
    }
  }

  /** The themes some live storefront channel shows now. */
  static Set<String> shownThemes(StoreConnector store) {
    Set<String> shown = new LinkedHashSet<>();
    for (Channel channel : live(store)) {
      activeTheme(store, channel.id()).map(ActiveTheme::activeThemeUuid).ifPresent(shown::add);
    }
    return shown;
  }

  /** What a channel shows; empty for a new channel that shows no theme yet (the store answers 404). */
  static Optional<ActiveTheme> activeTheme(StoreConnector store, int channelId) {
    try {
      return Optional.of(store.themes().activeTheme(channelId)).filter(a -> a.activeThemeUuid() != null);
    } catch (StoreApiException e) {
      if (e.isNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The UUID of the theme a channel shows, if any. */
  static Optional<String> shownOn(StoreConnector store, int channelId) {
    return activeTheme(store, channelId).map(ActiveTheme::activeThemeUuid);
  }
}
