package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsPatterns.S;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.git.TreeEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lang/} folder: only files directly in it (a subfolder breaks the CLI's bundling and is
 * an error here), each valid JSON. Keys used by {@code {{lang 'a.b'}}} in templates that a lang
 * file lacks are warnings, as in the CLI, but every use is checked, not only a template's first.
 */
final class LangRules {
  private static final Pattern LANG_HELPER = Pattern.compile(
      "\\{\\{" + S + "*lang" + S + "*(?:'|\")((?:\\w*(?:-\\w*)*(\\.\\w*(?:-\\w*)*)*)+)", Pattern.CASE_INSENSITIVE);

  private LangRules() {}

  static void check(Theme theme, List<ThemeProblem> problems) {
    Map<String, JsonNode> langFiles = new LinkedHashMap<>();
    for (TreeEntry entry : theme.files().list(Theme.LANG)) {
      String path = Theme.LANG + "/" + entry.name();
      if (entry.isDirectory()) {
        problems.add(ThemeProblem.error(path, 0, 0,
            "lang/ may only hold files: move the files of this folder up into lang/ or delete it (the CLI cannot bundle it)"));
      } else if (entry.isFile() && !entry.name().startsWith(".")) {
        Theme.Json json = theme.json(path).orElseThrow();
        if (json.ok()) {
          langFiles.put(path, json.document().root());
        } else {
          problems.add(ThemeProblem.error(path, json.malformed().position(), "is not valid JSON: " + json.malformed().getMessage()));
        }
      }
    }
    if (langFiles.isEmpty() && problems.stream().noneMatch(p -> p.file().startsWith(Theme.LANG + "/"))) {
      problems.add(ThemeProblem.warning(Theme.LANG, 0, 0, "no lang files found in the theme"));
      return;
    }
    checkKeys(theme, langFiles, problems);
  }

  private static void checkKeys(Theme theme, Map<String, JsonNode> langFiles, List<ThemeProblem> problems) {
    for (Map.Entry<String, String> template : theme.templates().sources().entrySet()) {
      Matcher helper = LANG_HELPER.matcher(template.getValue());
      TextPositions positions = null;
      while (helper.find()) {
        String key = helper.group(1);
        List<String> missingIn = new ArrayList<>();
        langFiles.forEach((file, content) -> {
          if (!hasTranslation(content, key)) {
            missingIn.add(file);
          }
        });
        if (!missingIn.isEmpty()) {
          positions = positions == null ? new TextPositions(template.getValue()) : positions;
          JsonDocument.Position at = positions.at(helper.start());
          problems.add(ThemeProblem.warning(TemplateCatalog.fileOf(template.getKey()), at.line(), at.column(),
              "missing translation for '" + key + "' in " + String.join(", ", missingIn)));
        }
      }
    }
  }

  /** Like the CLI: the key path must lead to a truthy value. */
  private static boolean hasTranslation(JsonNode content, String key) {
    JsonNode value = content;
    for (String part : key.split("\\.", -1)) {
      if (value == null || !value.isObject() || !value.has(part)) {
        return false;
      }
      value = value.get(part);
    }
    return !(value.isNull() || (value.isTextual() && value.textValue().isEmpty()) || (value.isBoolean() && !value.booleanValue())
        || (value.isNumber() && value.doubleValue() == 0));
  }
}
