package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.Channels;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Channels} on the v3 channels and sites APIs. */
final class BcChannels implements Channels {
  private static final String CHANNELS = "/channels";
  private static final String CHANNEL = CHANNELS + "/{channel_id}";
  private static final String SITE = CHANNEL + "/site";

  private final Wire wire;

  BcChannels(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<Channel> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", CHANNELS), query, Pager.Style.OFFSET, Channel.class);
  }

  @Override
  public Optional<Channel> get(int channelId) {
    return wire.maybe(ApiRequest.get("v3", CHANNEL, channelId), Channel.class);
  }

  @Override
  public Channel create(Channel draft) {
    return wire.createOne(
        draft,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", CHANNELS).withJson(batch.get(0)),
            Channel.class,
            NaturalKeys::channel,
            batch -> BatchWriter.byKey(
                list(ListQuery.where("type:in", draft.type()).and("platform:in", draft.platform())).toList(),
                NaturalKeys::channel)));
  }

  @Override
  public Channel update(Channel channel) {
    Channel body = new Channel(null, channel.name(), null, null, channel.status(), channel.externalId(),
        channel.isListableFromUi(), channel.isVisible(), null, null, null, null);
    return wire.one(ApiRequest.of("PUT", "v3", CHANNEL, channel.id()).withJson(body), Channel.class);
  }

  @Override
  public Optional<Site> site(int channelId) {
    return wire.maybe(ApiRequest.get("v3", SITE, channelId), Site.class);
  }

  @Override
  public Site createSite(int channelId, String url) {
    Site draft = new Site(null, url, null, null, null, null, null, null);
    return wire.createOne(
        draft,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", SITE, channelId).withJson(Map.of("url", url)),
            Site.class,
            s -> "site",
            batch -> {
              Map<String, Site> found = new HashMap<>();
              site(channelId).ifPresent(s -> found.put("site", s));
              return found;
            }));
  }

  @Override
  public Site updateSite(int channelId, String url) {
    return wire.one(ApiRequest.of("PUT", "v3", SITE, channelId).withJson(Map.of("url", url)), Site.class);
  }

  @Override
  public List<Site> sites(ListQuery query) {
    return wire.list(ApiRequest.get("v3", "/sites"), query, Pager.Style.OFFSET, Site.class).toList();
  }
}
