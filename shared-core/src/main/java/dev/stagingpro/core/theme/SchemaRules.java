package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsonShape.array;
import static dev.stagingpro.core.theme.JsonShape.bool;
import static dev.stagingpro.core.theme.JsonShape.object;
import static dev.stagingpro.core.theme.JsonShape.ofTypes;
import static dev.stagingpro.core.theme.JsonShape.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code schema.json} (the theme editor's settings panels) and {@code schemaTranslations.json}
 * must hold, as the Stencil CLI checks them: panels with a name and settings; each setting a known
 * type, with the fields that type needs; every {@code i18n.*} string the schema uses translated,
 * and no translation left unused (region names excepted).
 */
final class SchemaRules {
  private static final Set<String> TRACKED_KEYS = Set.of("name", "content", "label", "settings", "options", "group");
  private static final java.util.regex.Pattern REGION_NAME = java.util.regex.Pattern.compile("^i18n.RegionName");

  private static final JsonShape SCHEMA = array(object()
      .property("name", string().minLength(1))
      .property("settings", array(object()
          .property("type", string().oneOf("heading", "paragraph", "color", "font", "select", "checkbox",
              "imageDimension", "text", "optimizedCheckout-image", "input", "sort"))
          .property("content", string())
          .property("label", string())
          .property("id", string().minLength(1))
          .property("reference", string().minLength(1))
          .property("reference_default", ofTypes("string", "boolean"))
          .property("force_reload", bool())
          .property("options", array(object()
              .property("group", string().minLength(1))
              .property("label", string().minLength(1))
              .property("value", ofTypes("string", "number").minLength(1))
              .require("label", "value")))
          .require("type")
          .rule(SchemaRules::fieldsForType)))
      .require("name", "settings"));

  private static final JsonShape TRANSLATION = object()
      .property("default", string().minLength(1))
      .pattern(ConfigRules.LOCALE_KEY, string().minLength(1))
      .require("default")
      .closed();
  private static final JsonShape TRANSLATIONS = object().pattern("^i18n.", TRANSLATION).closed();

  private SchemaRules() {}

  static List<JsonShape.Found> checkSchema(JsonNode schema) {
    return SCHEMA.check(schema, "schema");
  }

  static List<JsonShape.Found> checkTranslationsShape(JsonNode translations) {
    return TRANSLATIONS.check(translations, "schemaTranslations");
  }

  private static void fieldsForType(JsonNode setting, JsonShape.Checker checker) {
    String type = setting.path("type").asText("");
    List<String> needed = switch (type) {
      case "heading", "paragraph" -> List.of("content");
      case "select", "imageDimension", "font" -> List.of("label", "id", "options");
      case "color", "checkbox" -> List.of("label", "id");
      default -> List.of();
    };
    for (String field : needed) {
      if (!setting.has(field)) {
        checker.report("should have required property '" + field + "' (a " + type + " setting needs it)");
      }
    }
  }

  /**
   * Every {@code i18n.*} string used as a name, content, label, group, settings or options value,
   * mapped to the JSON pointer of its first use.
   */
  static Map<String, String> translationKeys(JsonNode schema) {
    Map<String, String> keys = new LinkedHashMap<>();
    collectKeys(schema, "", keys);
    return keys;
  }

  private static void collectKeys(JsonNode array, String pointer, Map<String, String> keys) {
    if (!array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String elementPointer = pointer + "/" + i;
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      element.fields().forEachRemaining(members::add);
      for (Map.Entry<String, JsonNode> member : members) {
        if (!TRACKED_KEYS.contains(member.getKey())) {
          continue;
        }
        String memberPointer = elementPointer + "/" + JsonDocument.escape(member.getKey());
        if (member.getValue().isArray()) {
          collectKeys(member.getValue(), memberPointer, keys);
        } else if (member.getValue().isTextual() && member.getValue().textValue().startsWith("i18n.")) {
          keys.putIfAbsent(member.getValue().textValue(), memberPointer);
        }
      }
    }
  }

  static boolean isExemptFromUnused(String key) {
    return REGION_NAME.matcher(key).find();
  }
}
