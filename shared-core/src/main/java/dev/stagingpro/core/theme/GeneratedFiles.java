package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.git.TreeEntry;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON entries the CLI generates from theme files other than templates: {@code schema.json}
 * (with {@code force_reload} on settings that templates read), {@code schemaTranslations.json}
 * and {@code parsed/lang.json}.
 */
final class GeneratedFiles {
  private static final Pattern THEME_SETTING = Pattern.compile("\\Wtheme_settings\\.(.+?)\\W");

  private GeneratedFiles() {}

  /**
   * The theme's schema with {@code "force_reload": true} on every setting whose id a template reads
   * as {@code theme_settings.<id>} (the theme editor then reloads the page instead of patching
   * CSS). {@code []} when there is no schema or it is not an array.
   */
  static JsonNode schema(Theme theme) {
    JsonNode source = theme.json(Theme.SCHEMA).filter(Theme.Json::ok).map(j -> j.document().root()).orElse(null);
    if (source == null || !source.isArray()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    ArrayNode schema = (ArrayNode) source.deepCopy();
    Set<String> readByTemplates = settingsReadByTemplates(theme);
    for (JsonNode group : schema) {
      for (JsonNode setting : group.path("settings")) {
        if (setting.isObject() && readByTemplates.contains(setting.path("id").asText(null))) {
          ((ObjectNode) setting).put("force_reload", true);
        }
      }
    }
    return schema;
  }

  private static Set<String> settingsReadByTemplates(Theme theme) {
    Set<String> ids = new HashSet<>();
    for (String source : theme.templates().sources().values()) {
      Matcher setting = THEME_SETTING.matcher(source);
      while (setting.find()) {
        ids.add(setting.group(1));
      }
    }
    return ids;
  }

  /** The theme's translations re-serialized, {@code {}} when absent or not an object. */
  static JsonNode schemaTranslations(Theme theme) {
    JsonNode source = theme.json(Theme.SCHEMA_TRANSLATIONS).filter(Theme.Json::ok).map(j -> j.document().root()).orElse(null);
    return source != null && source.isObject() ? source : JsonNodeFactory.instance.objectNode();
  }

  /**
   * Every file directly in {@code lang/} (dot-named ones skipped), keyed by its name without
   * {@code .json} in lower case, valued with its raw text.
   */
  static JsonNode lang(Theme theme) {
    ObjectNode lang = JsonNodeFactory.instance.objectNode();
    for (TreeEntry entry : theme.files().list(Theme.LANG)) {
      if (entry.isFile() && !entry.name().startsWith(".")) {
        String locale = entry.name().endsWith(".json") ? entry.name().substring(0, entry.name().length() - 5) : entry.name();
        lang.put(locale.toLowerCase(Locale.ROOT), theme.text(Theme.LANG + "/" + entry.name()).orElseThrow());
      }
    }
    return lang;
  }
}
