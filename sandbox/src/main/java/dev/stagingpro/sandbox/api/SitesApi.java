package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Sites: the domain of a channel, one per channel, under {@code /v3/sites} and the alias
 * {@code /v3/channels/{channel_id}/site}. Channel 1 starts with site 1000 on the store's
 * {@code mybigcommerce.com} address.
 */
public final class SitesApi implements ApiArea {
  public static final TableSpec SITES = TableSpec.of("sites", "site", "channel_id");
  public static final long DEFAULT_SITE_ID = 1000;

  @Override
  public void register(Routes routes) {
    routes.get("/v3/sites", SitesApi::list);
    routes.post("/v3/sites", r -> {
      ObjectNode body = r.jsonObject();
      return Response.data(201, create(r, Check.id(body, "channel_id"), body));
    });
    routes.get("/v3/sites/{site_id}", r -> Response.data(site(r)));
    routes.put("/v3/sites/{site_id}", r -> Response.data(update(r, site(r))));
    routes.delete("/v3/sites/{site_id}", r -> {
      r.table(SITES).delete(site(r).get("id").asLong());
      return Response.noContent();
    });
    routes.get("/v3/channels/{channel_id}/site", r -> Response.data(siteOfChannel(r)));
    routes.post("/v3/channels/{channel_id}/site", r -> Response.data(create(r, ChannelsApi.channel(r).get("id").asLong(), r.jsonObject())));
    routes.put("/v3/channels/{channel_id}/site", r -> Response.data(update(r, siteOfChannel(r))));
    routes.delete("/v3/channels/{channel_id}/site", r -> {
      r.table(SITES).delete(siteOfChannel(r).get("id").asLong());
      return Response.data(dev.stagingpro.sandbox.state.Json.object());
    });
  }

  @Override
  public void seed(SandboxStore store) {
    Table sites = store.data().table(SITES);
    ObjectNode site = sites.blank();
    site.put("id", DEFAULT_SITE_ID);
    site.put("channel_id", 1);
    site.put("ssl_status", "shared");
    setUrl(site, "https://store-" + store.hash() + ".mybigcommerce.com", store.clock().instant(), true);
    sites.save(site);
  }

  /** The site URL of a channel, or null when it has no site. */
  public static String urlOf(Request request, long channelId) {
    return request.table(SITES).first("channel_id", channelId).map(s -> s.get("url").asText()).orElse(null);
  }

  private static Response list(Request request) {
    List<ObjectNode> sites = Filter.of(request).in("channel_id:in", "channel_id").apply(request.table(SITES).all());
    return Pages.offset(request, sites);
  }

  private static ObjectNode site(Request request) {
    long id;
    try {
      id = Long.parseLong(request.param("site_id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("Site " + request.param("site_id") + " does not exist");
    }
    return request.table(SITES).require(id, "Site");
  }

  private static ObjectNode siteOfChannel(Request request) {
    ObjectNode channel = ChannelsApi.channel(request);
    return request.table(SITES).first("channel_id", channel.get("id").asLong())
        .orElseThrow(() -> ApiException.notFound("Channel " + channel.get("id") + " has no site"));
  }

  private static ObjectNode create(Request request, long channelId, ObjectNode body) {
    ChannelsApi.requireExists(request, channelId, "channel_id");
    Table sites = request.table(SITES);
    if (sites.first("channel_id", channelId).isPresent()) {
      throw new ApiException(409, "Channel " + channelId + " already has a site",
          ApiException.errorsOf("channel_id", "A channel has at most one site; update it with PUT"));
    }
    String url = url(body);
    ObjectNode site = sites.blank();
    site.put("id", sites.nextId());
    site.put("channel_id", channelId);
    site.put("ssl_status", "shared");
    setUrl(site, url, request.now(), true);
    sites.save(site);
    return site;
  }

  private static ObjectNode update(Request request, ObjectNode site) {
    setUrl(site, url(request.jsonObject()), request.now(), false);
    request.table(SITES).save(site);
    return site;
  }

  private static String url(ObjectNode body) {
    String url = Check.text(body, "url", 255);
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
        throw new IllegalArgumentException(url);
      }
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable("url", "url must be an absolute http(s) URL, got '" + url + "'");
    }
    return url;
  }

  private static void setUrl(ObjectNode site, String url, Instant now, boolean created) {
    String time = Times.v3(now);
    site.put("url", url);
    if (created) {
      site.put("created_at", time);
    }
    site.put("updated_at", time);
    ArrayNode urls = site.putArray("urls");
    for (String type : List.of("primary", "canonical")) {
      ObjectNode entry = urls.addObject();
      entry.put("url", url);
      entry.put("type", type);
      entry.put("created_at", site.get("created_at").asText());
      entry.put("updated_at", time);
    }
  }
}
