package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.api.ApiArea;
import dev.stagingpro.sandbox.api.ChannelsApi;
import dev.stagingpro.sandbox.api.Check;
import dev.stagingpro.sandbox.api.Filter;
import dev.stagingpro.sandbox.api.SitesApi;
import dev.stagingpro.sandbox.api.Times;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which theme each storefront channel shows: activation of a variation per channel (channel from
 * the {@code channel_id} query parameter as the spec has it, or from the body as stencil-cli
 * sends it), the channel's active theme, theme configurations, their validation and the custom
 * templates of a theme version.
 */
public final class ThemeActivationApi implements ApiArea {
  private static final Set<String> WHICH = Set.of("original", "last_activated", "last_created");
  private static final Set<String> SHOWS_THEMES = Set.of("prelaunch", "active", "inactive");

  @Override
  public void register(Routes routes) {
    routes.post("/v3/themes/actions/activate", ThemeActivationApi::activate);
    routes.get("/v3/channels/{channel_id}/active-theme", ThemeActivationApi::activeTheme);
    routes.get("/v3/themes/{uuid}/configurations", ThemeActivationApi::configurations);
    routes.post("/v3/themes/{uuid}/configurations/validate", ThemeActivationApi::validate);
    routes.get("/v3/themes/custom-templates/{version_uuid}", ThemeActivationApi::customTemplates);
  }

  private static Response activate(Request request) {
    ObjectNode body = request.jsonObject();
    String variationUuid = Check.text(body, "variation_id", 64);
    Check.optionalOneOf(body, "which", WHICH);
    long channelId = request.has("channel_id") ? request.longQuery("channel_id") : body.path("channel_id").asLong(1);
    ObjectNode channel = request.table(ChannelsApi.CHANNELS).find(channelId)
        .orElseThrow(() -> ApiException.unprocessable("channel_id", "Channel " + channelId + " does not exist"));
    if (!"storefront".equals(channel.get("type").asText()) || !SHOWS_THEMES.contains(channel.get("status").asText())) {
      throw ApiException.unprocessable("channel_id", "Channel " + channelId + " is not a storefront that can show a theme");
    }
    ObjectNode theme = Themes.byVariation(request, variationUuid)
        .orElseThrow(() -> ApiException.notFound("Theme variation " + variationUuid + " does not exist"));
    JsonNode variation = null;
    for (JsonNode candidate : theme.get("variations")) {
      if (candidate.get("uuid").asText().equals(variationUuid)) {
        variation = candidate;
      }
    }
    activate(request.store(), theme, variation, channelId, body.path("which").asText("original"));
    return Response.noContent();
  }

  /** Shows {@code variation} of {@code theme} on a channel, with a configuration chosen by {@code which}. */
  static void activate(SandboxStore store, ObjectNode theme, JsonNode variation, long channelId, String which) {
    Table configurations = store.data().table(Themes.CONFIGURATIONS);
    String themeUuid = theme.get("uuid").asText();
    String variationUuid = variation.get("uuid").asText();
    List<ObjectNode> previous = configurations.where("theme_uuid", themeUuid).stream()
        .filter(c -> c.get("variation_id").asText().equals(variationUuid))
        .sorted(Comparator.comparing(c -> c.get("seq").asLong())).toList();
    Optional<ObjectNode> reuse = switch (which) {
      case "last_activated" -> previous.stream().filter(c -> c.path("channel_id").asLong() == channelId).reduce((a, b) -> b);
      case "last_created" -> previous.stream().reduce((a, b) -> b);
      default -> Optional.empty();
    };
    ObjectNode configuration = reuse.orElseGet(() -> {
      ObjectNode created = configurations.blank();
      created.put("seq", configurations.nextId());
      created.put("uuid", UUID.randomUUID().toString());
      created.put("theme_uuid", themeUuid);
      created.put("variation_id", variationUuid);
      ObjectNode settings = theme.path("settings").isObject() ? theme.get("settings").deepCopy() : Json.object();
      if (variation.path("settings").isObject()) {
        settings.setAll((ObjectNode) variation.get("settings").deepCopy());
      }
      created.set("settings", settings);
      created.put("date_created", Times.v3(store.clock().instant()));
      created.put("site_id", store.data().table(SitesApi.SITES).first("channel_id", channelId)
          .map(s -> s.get("id").asLong()).orElse(0L));
      created.put("channel_id", channelId);
      configurations.save(created);
      return created;
    });
    Table active = store.data().table(Themes.ACTIVE);
    ObjectNode record = active.blank();
    record.put("channel_id", channelId);
    record.put("theme_uuid", themeUuid);
    record.put("variation_uuid", variationUuid);
    record.put("active_theme_uuid", themeUuid);
    record.put("active_theme_version_uuid", theme.get("version_uuid").asText());
    record.put("active_theme_configuration_uuid", configuration.get("uuid").asText());
    record.put("saved_theme_configuration_uuid", configuration.get("uuid").asText());
    active.save(record);
  }

  private static Response activeTheme(Request request) {
    long channelId = ChannelsApi.channel(request).get("id").asLong();
    ObjectNode record = request.table(Themes.ACTIVE).find(channelId)
        .orElseThrow(() -> ApiException.notFound("Channel " + channelId + " has no active theme"));
    ObjectNode out = Json.template("active_theme");
    for (String field : List.of("active_theme_uuid", "active_theme_configuration_uuid", "active_theme_version_uuid",
        "saved_theme_configuration_uuid")) {
      out.set(field, record.get(field));
    }
    return Response.data(out);
  }

  private static Response configurations(Request request) {
    String themeUuid = Themes.require(request, request.param("uuid")).get("uuid").asText();
    if (!request.has("uuid:in") && !request.has("variation_uuid") && !request.has("channel_id:in")) {
      throw ApiException.unprocessable("uuid:in", "Filter configurations by uuid:in, variation_uuid or channel_id:in");
    }
    List<ObjectNode> found = Filter.of(request).in("uuid:in", "uuid").eq("variation_uuid", "variation_id")
        .in("channel_id:in", "channel_id").apply(request.table(Themes.CONFIGURATIONS).where("theme_uuid", themeUuid));
    return Pages.offset(request, found.stream().map(ThemeActivationApi::renderConfiguration).toList());
  }

  private static ObjectNode renderConfiguration(ObjectNode configuration) {
    ObjectNode out = Json.template("theme_configuration");
    for (String field : List.of("uuid", "theme_uuid", "variation_id", "settings", "date_created", "site_id")) {
      out.set(field, configuration.get(field));
    }
    return out;
  }

  private static Response validate(Request request) {
    ObjectNode theme = Themes.require(request, request.param("uuid"));
    ObjectNode body = request.jsonObject();
    if (!body.path("settings").isObject()) {
      throw ApiException.unprocessable("settings", "settings must be a JSON object of theme settings");
    }
    if (body.has("variation_id")) {
      String variation = body.get("variation_id").asText();
      boolean known = false;
      for (JsonNode candidate : theme.get("variations")) {
        known |= candidate.get("uuid").asText().equals(variation);
      }
      if (!known) {
        throw ApiException.unprocessable("variation_id", "Variation " + variation + " is not part of this theme");
      }
    }
    return Response.ok(Json.object());
  }

  private static Response customTemplates(Request request) {
    String version = request.param("version_uuid");
    ObjectNode theme = Themes.visible(request).stream()
        .filter(t -> t.path("version_uuid").asText().equals(version)).findFirst()
        .orElseThrow(() -> ApiException.notFound("Theme version " + version + " does not exist"));
    ObjectNode data = Json.object();
    for (String type : List.of("product", "category", "brand", "page")) {
      data.set(type, theme.path("custom_templates").path(type).isArray()
          ? theme.path("custom_templates").get(type) : Json.array());
    }
    return Response.data(data);
  }
}
