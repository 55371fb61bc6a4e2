package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Site;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Sales channels and their sites. */
public interface Channels {
  /** Filters: {@code status:in}, {@code type:in}, {@code platform:in}, {@code available}. */
  Stream<Channel> list(ListQuery query);

  Optional<Channel> get(int channelId);

  /** Creates a channel; duplicate-safe by (name, platform, type). */
  Channel create(Channel draft);

  Channel update(Channel channel);

  /** The channel's site, if it has one. */
  Optional<Site> site(int channelId);

  /** Creates the channel's site; duplicate-safe (a channel has one site). */
  Site createSite(int channelId, String url);

  Site updateSite(int channelId, String url);

  /** Every site. Filters: {@code channel_id:in}, {@code url_type:in}. */
  List<Site> sites(ListQuery query);
}
