package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Set;

/**
 * Channels as BigCommerce has them: channel 1 is the default storefront; statuses depend on the
 * type (a storefront may start in {@code prelaunch}, which PUT cannot set); there is no DELETE,
 * a channel is deleted by setting {@code status: deleted}; (name, platform, type) is unique; the
 * number of storefronts is limited by the store's {@code storefront_limits}.
 */
public final class ChannelsApi implements ApiArea {
  public static final TableSpec CHANNELS = TableSpec.of("channels", "channel");
  private static final Set<String> TYPES = Set.of("pos", "marketplace", "storefront", "marketing");
  private static final Set<String> STOREFRONT_STATUSES = Set.of("prelaunch", "active", "inactive", "archived", "deleted");
  private static final Set<String> OTHER_STATUSES = Set.of("connected", "disconnected", "archived", "deleted");
  private static final Set<String> ENABLED = Set.of("prelaunch", "active", "connected");
  private static final Set<String> AVAILABLE = Set.of("prelaunch", "active", "inactive", "connected");
  /** Statuses that do not take up a storefront slot. */
  private static final Set<String> GONE = Set.of("archived", "deleted", "terminated");
  public static final long DEFAULT_SITE_ID = SitesApi.DEFAULT_SITE_ID;

  @Override
  public void register(Routes routes) {
    routes.get("/v3/channels", ChannelsApi::list);
    routes.post("/v3/channels", ChannelsApi::create);
    routes.get("/v3/channels/{channel_id}", r -> Response.data(render(r, channel(r))));
    routes.put("/v3/channels/{channel_id}", ChannelsApi::update);
  }

  @Override
  public void seed(SandboxStore store) {
    Table channels = store.data().table(CHANNELS);
    ObjectNode first = channels.blank();
    first.put("id", 1);
    first.put("name", store.name().replaceAll("[^A-Za-z0-9_-]", "_"));
    first.put("type", "storefront");
    first.put("platform", "bigcommerce");
    first.put("external_id", "");
    first.put("is_listable_from_ui", true);
    first.put("is_visible", true);
    setStatus(first, "active");
    String now = Times.v3(store.clock().instant());
    first.put("date_created", now);
    first.put("date_modified", now);
    channels.save(first);
  }

  /** The channel of the path's {@code channel_id}, or 404. */
  public static ObjectNode channel(Request request) {
    return request.table(CHANNELS).require(request.id("channel_id"), "Channel");
  }

  /** Checks that a channel id exists (422 naming the field otherwise). */
  public static void requireExists(Request request, long channelId, String field) {
    if (!request.table(CHANNELS).contains(channelId)) {
      throw ApiException.unprocessable(field, "Channel " + channelId + " does not exist");
    }
  }

  private static Response list(Request request) {
    List<ObjectNode> channels = Filter.of(request)
        .in("status:in", "status").in("type:in", "type").in("platform:in", "platform")
        .dateRange("date_created").dateRange("date_modified")
        .and(c -> request.bool("available") == null
            || request.bool("available") == AVAILABLE.contains(c.get("status").asText()))
        .apply(request.table(CHANNELS).all());
    return Pages.offset(request, channels.stream().map(c -> render(request, c)).toList());
  }

  private static ObjectNode render(Request request, ObjectNode channel) {
    if ("currencies".equals(request.query("include"))) {
      ObjectNode currencies = channel.putObject("currencies");
      currencies.put("channel_id", channel.get("id").asLong());
      currencies.putArray("enabled_currencies").add("USD");
      currencies.put("default_currency", "USD");
    }
    return channel;
  }

  private static Response create(Request request) {
    ObjectNode body = request.jsonObject();
    String name = name(body, true);
    String type = Check.oneOf(body, "type", TYPES);
    String platform = Check.text(body, "platform", 50);
    Set<String> allowed = "storefront".equals(type) ? STOREFRONT_STATUSES : OTHER_STATUSES;
    String status = body.hasNonNull("status") ? body.get("status").asText() : "storefront".equals(type) ? "prelaunch" : "connected";
    if (!allowed.contains(status) || "deleted".equals(status)) {
      throw ApiException.unprocessable("status", "status '" + status + "' is not valid for a new " + type + " channel");
    }
    Table channels = request.table(CHANNELS);
    unique(channels, name, platform, type, -1);
    if ("storefront".equals(type) && !GONE.contains(status)) {
      checkStorefrontLimit(request, channels, -1);
    }
    ObjectNode channel = channels.blank();
    for (String field : List.of("external_id", "is_listable_from_ui", "is_visible")) {
      if (body.has(field)) {
        channel.set(field, body.get(field));
      }
    }
    channel.put("name", name);
    channel.put("type", type);
    channel.put("platform", platform);
    setStatus(channel, status);
    String now = Times.v3(request.now());
    channel.put("date_created", now);
    channel.put("date_modified", now);
    channel.put("id", channels.nextId());
    channels.save(channel);
    return Response.data(render(request, channel));
  }

  private static Response update(Request request) {
    ObjectNode channel = channel(request);
    ObjectNode body = request.jsonObject();
    for (String immutable : List.of("type", "platform")) {
      if (body.has(immutable) && !body.get(immutable).asText().equals(channel.get(immutable).asText())) {
        throw ApiException.unprocessable(immutable, immutable + " cannot be changed after a channel is created");
      }
    }
    Table channels = request.table(CHANNELS);
    long id = channel.get("id").asLong();
    if (body.has("name")) {
      String name = name(body, true);
      unique(channels, name, channel.get("platform").asText(), channel.get("type").asText(), id);
      channel.put("name", name);
    }
    if (body.has("status")) {
      changeStatus(request, channels, channel, body.get("status").asText());
    }
    for (String field : List.of("external_id", "is_listable_from_ui", "is_visible")) {
      if (body.has(field)) {
        channel.set(field, body.get(field));
      }
    }
    channel.put("date_modified", Times.v3(request.now()));
    channels.save(channel);
    return Response.data(render(request, channel));
  }

  private static void changeStatus(Request request, Table channels, ObjectNode channel, String status) {
    String current = channel.get("status").asText();
    if (status.equals(current)) {
      return;
    }
    String type = channel.get("type").asText();
    Set<String> allowed = "storefront".equals(type) ? STOREFRONT_STATUSES : OTHER_STATUSES;
    if (!allowed.contains(status) || "prelaunch".equals(status)) {
      throw ApiException.unprocessable("status", "status '" + status + "' cannot be set on a " + type + " channel with PUT");
    }
    if (channel.get("id").asLong() == 1 && GONE.contains(status)) {
      throw ApiException.unprocessable("status", "The default storefront (channel 1) cannot be " + status);
    }
    if ("storefront".equals(type) && GONE.contains(current) && !GONE.contains(status)) {
      checkStorefrontLimit(request, channels, channel.get("id").asLong());
    }
    setStatus(channel, status);
  }

  private static void setStatus(ObjectNode channel, String status) {
    channel.put("status", status);
    channel.put("is_enabled", ENABLED.contains(status));
  }

  private static String name(JsonNode body, boolean required) {
    String name = required ? Check.text(body, "name", 255) : body.path("name").asText();
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw ApiException.unprocessable("name", "A channel name may contain only Latin letters, digits, '-' and '_'");
    }
    return name;
  }

  private static void unique(Table channels, String name, String platform, String type, long self) {
    for (ObjectNode other : channels.all()) {
      if (other.get("id").asLong() != self
          && !GONE.contains(other.get("status").asText())
          && other.get("name").asText().equals(name)
          && other.get("platform").asText().equals(platform)
          && other.get("type").asText().equals(type)) {
        throw new ApiException(409, "A channel with this name, platform and type already exists",
            ApiException.errorsOf("name", "Duplicate channel " + name + " (" + platform + ", " + type + ")"));
      }
    }
  }

  private static void checkStorefrontLimit(Request request, Table channels, long self) {
    ObjectNode settings = request.store().settings();
    int limit = settings.get("multi_storefront_enabled").asBoolean() ? settings.get("storefront_limit").asInt() : 1;
    long used = channels.all().stream()
        .filter(c -> c.get("id").asLong() != self)
        .filter(c -> "storefront".equals(c.get("type").asText()) && !GONE.contains(c.get("status").asText()))
        .count();
    if (used >= limit) {
      throw ApiException.unprocessable("status", "The store's storefront limit (" + limit + ") is reached"
          + (settings.get("multi_storefront_enabled").asBoolean() ? "" : ": multi-storefront is not enabled"));
    }
  }

}
