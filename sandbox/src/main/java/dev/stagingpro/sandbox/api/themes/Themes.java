package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Optional;

/**
 * The theme tables and lookups shared by the theme endpoints. A theme becomes visible when its
 * upload job completes ({@code ready_at} on the sandbox clock); a theme is active when some
 * channel shows one of its variations.
 */
final class Themes {
  static final TableSpec THEMES = TableSpec.of("themes", "theme", "uuid");
  static final TableSpec JOBS = TableSpec.of("theme_jobs", "job", "id").idField("seq");
  static final TableSpec ACTIVE = TableSpec.of("active_themes", "active_theme", "theme_uuid").idField("channel_id");
  static final TableSpec CONFIGURATIONS = TableSpec.of("theme_configurations", "theme_configuration", "theme_uuid").idField("seq");

  private Themes() {}

  /** Themes whose upload has completed. */
  static List<ObjectNode> visible(Request request) {
    long now = request.now().toEpochMilli();
    return request.table(THEMES).filter(t -> t.path("ready_at").asLong() <= now);
  }

  static Optional<ObjectNode> find(Request request, String uuid) {
    long now = request.now().toEpochMilli();
    return request.table(THEMES).first("uuid", uuid).filter(t -> t.path("ready_at").asLong() <= now);
  }

  static ObjectNode require(Request request, String uuid) {
    return find(request, uuid).orElseThrow(() -> ApiException.notFound("Theme " + uuid + " does not exist"));
  }

  static boolean isActive(Request request, String uuid) {
    return !request.table(ACTIVE).where("theme_uuid", uuid).isEmpty();
  }

  /** The theme as the API shows it. */
  static ObjectNode render(Request request, ObjectNode theme) {
    ObjectNode out = Json.template("theme");
    for (String field : List.of("uuid", "name", "is_private", "updated_at")) {
      out.set(field, theme.get(field));
    }
    com.fasterxml.jackson.databind.node.ArrayNode variations = out.putArray("variations");
    for (JsonNode variation : theme.path("variations")) {
      ObjectNode shown = variation.deepCopy();
      shown.remove("settings"); // kept for configurations, not part of the theme's shape
      variations.add(shown);
    }
    out.put("is_active", isActive(request, theme.get("uuid").asText()));
    return out;
  }

  /** The theme holding a variation uuid, if visible. */
  static Optional<ObjectNode> byVariation(Request request, String variationUuid) {
    for (ObjectNode theme : visible(request)) {
      for (JsonNode variation : theme.path("variations")) {
        if (variation.path("uuid").asText().equals(variationUuid)) {
          return Optional.of(theme);
        }
      }
    }
    return Optional.empty();
  }

}
