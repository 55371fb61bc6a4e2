package dev.stagingpro.core.deploy;

import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
      shown.add(store.themes().activeTheme(channel.id()).activeThemeUuid());
    }
    shown.remove(null);
    return shown;
  }

  static boolean isLive(Channel channel) {
    return channel != null && !GONE.contains(Objects.toString(channel.status(), ""));
  }
}
