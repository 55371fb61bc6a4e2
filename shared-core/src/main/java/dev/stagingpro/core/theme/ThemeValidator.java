package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a theme before anything is bundled or uploaded and reports every problem at once, each
 * with file, line and column where there is one: config.json (private or Theme Marketplace
 * rules), schema.json, schemaTranslations.json, template structure (home page, partials, cycles,
 * non-.html files), front matter, SCSS, lang files and, for the Marketplace, meta images.
 */
public final class ThemeValidator {
  /** @param marketplace apply the Theme Marketplace rules (stricter config, meta images) */
  public record Options(boolean marketplace, boolean compileScss) {
    public static final Options DEFAULT = new Options(false, true);
  }

  private ThemeValidator() {}

  public static List<ThemeProblem> validate(Theme theme, Options options) {
    List<ThemeProblem> problems = new ArrayList<>();
    Optional<JsonDocument> config = checkConfig(theme, options, problems);
    Optional<JsonDocument> schema = checkJson(theme, Theme.SCHEMA, problems);
    schema.ifPresent(document -> report(Theme.SCHEMA, document, SchemaRules.checkSchema(document.root()), problems));
    checkTranslations(theme, schema, problems);
    checkTemplates(theme, problems);
    JsonNode configRoot = config.map(JsonDocument::root).orElse(null);
    FrontMatterRules.check(theme, configRoot == null ? null : configRoot.path("settings"), problems);
    if (options.compileScss() && configRoot != null && problems.stream().noneMatch(ThemeProblem::isError)) {
      ScssRules.check(theme, configRoot, problems);
    }
    LangRules.check(theme, problems);
    if (options.marketplace()) {
      config.ifPresent(document -> MetaImageRules.check(theme, document, problems));
    }
    return problems;
  }

  private static Optional<JsonDocument> checkConfig(Theme theme, Options options, List<ThemeProblem> problems) {
    if (theme.json(Theme.CONFIG).isEmpty()) {
      problems.add(ThemeProblem.error(Theme.CONFIG, 0, 0, "missing: every theme needs a config.json in its top folder"));
      return Optional.empty();
    }
    Optional<JsonDocument> config = checkJson(theme, Theme.CONFIG, problems);
    config.ifPresent(document -> report(Theme.CONFIG, document, ConfigRules.check(document.root(), options.marketplace()), problems));
    if (options.marketplace() && theme.json(Theme.SCHEMA).isEmpty()) {
      problems.add(ThemeProblem.warning(Theme.SCHEMA, 0, 0, "missing: Marketplace themes usually have theme editor settings"));
    }
    return config;
  }

  /** The parsed file; a parse problem is reported. Empty when absent or malformed. */
  private static Optional<JsonDocument> checkJson(Theme theme, String path, List<ThemeProblem> problems) {
    Optional<Theme.Json> json = theme.json(path);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    if (!json.get().ok()) {
      problems.add(ThemeProblem.error(path, json.get().malformed().position(), "is not valid JSON: " + json.get().malformed().getMessage()));
      return Optional.empty();
    }
    return Optional.of(json.get().document());
  }

  private static void report(String file, JsonDocument document, List<JsonShape.Found> found, List<ThemeProblem> problems) {
    for (JsonShape.Found problem : new java.util.LinkedHashSet<>(found)) {
      problems.add(ThemeProblem.error(file, document.position(problem.pointer()), problem.path() + " " + problem.message()));
    }
  }

  private static void checkTranslations(Theme theme, Optional<JsonDocument> schema, List<ThemeProblem> problems) {
    Map<String, String> used = schema.map(s -> SchemaRules.translationKeys(s.root())).orElse(Map.of());
    if (theme.json(Theme.SCHEMA_TRANSLATIONS).isEmpty()) {
      if (!used.isEmpty()) {
        problems.add(ThemeProblem.error(Theme.SCHEMA_TRANSLATIONS, 0, 0, "missing: schema.json uses " + used.size()
            + " i18n keys (e.g. \"" + used.keySet().iterator().next() + "\") that need translations here"));
      }
      return;
    }
    Optional<JsonDocument> translations = checkJson(theme, Theme.SCHEMA_TRANSLATIONS, problems);
    if (translations.isEmpty()) {
      return;
    }
    JsonNode root = translations.get().root();
    report(Theme.SCHEMA_TRANSLATIONS, translations.get(), SchemaRules.checkTranslationsShape(root), problems);
    used.forEach((key, pointer) -> {
      if (!root.has(key)) {
        problems.add(ThemeProblem.error(Theme.SCHEMA, schema.get().position(pointer),
            "missing translation key \"" + key + "\": add it to schemaTranslations.json"));
      }
    });
    if (root.isObject()) {
      root.fieldNames().forEachRemaining(key -> {
        if (!used.containsKey(key) && !SchemaRules.isExemptFromUnused(key)) {
          problems.add(ThemeProblem.error(Theme.SCHEMA_TRANSLATIONS, translations.get().position("/" + JsonDocument.escape(key)),
              "unused translation key \"" + key + "\": schema.json does not use it; remove it"));
        }
      });
    }
  }

  private static void checkTemplates(Theme theme, List<ThemeProblem> problems) {
    TemplateCatalog catalog = theme.templates();
    if (!catalog.has("pages/home")) {
      problems.add(ThemeProblem.error(TemplateCatalog.fileOf("pages/home"), 0, 0,
          "missing: every theme needs a home page template (the platform rejects the theme: TR-600)"));
    }
    for (String file : catalog.nonHtmlFiles()) {
      problems.add(ThemeProblem.error(file, 0, 0,
          "only .html files may be under templates/ (the platform rejects the theme: TR-601); move it to assets/ or delete it"));
    }
    for (String link : catalog.links()) {
      problems.add(ThemeProblem.warning(link, 0, 0, "is a symbolic link or special file; it is left out of the bundle"));
    }
    problems.addAll(theme.graph().problems());
  }
}
