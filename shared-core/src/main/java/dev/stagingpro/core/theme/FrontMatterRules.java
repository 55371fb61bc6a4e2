package dev.stagingpro.core.theme;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template front matter, checked as the Stencil CLI checks it: the first {@code ---...---} block
 * of a template, with {@code {{theme_settings.KEY}}} replaced by the global setting, must be valid
 * YAML (no duplicate keys), and no value may end in {@code ,} or {@code ;} (a common slip that
 * makes the storefront ignore the setting).
 */
final class FrontMatterRules {
  private static final Pattern FRONT_MATTER = Pattern.compile("---[\\s\\S]+?---");
  private static final YAMLFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private FrontMatterRules() {}

  /** @param globalSettings config.json's settings (the CLI cannot check front matter without them) */
  static void check(Theme theme, JsonNode globalSettings, List<ThemeProblem> problems) {
    if (globalSettings == null) {
      return;
    }
    for (Map.Entry<String, String> template : theme.templates().sources().entrySet()) {
      Matcher frontMatter = FRONT_MATTER.matcher(template.getValue());
      if (!frontMatter.find()) {
        continue;
      }
      int firstLine = new TextPositions(template.getValue()).at(frontMatter.start()).line();
      String yaml = interpolate(frontMatter.group(), globalSettings);
      checkYaml(yaml, TemplateCatalog.fileOf(template.getKey()), firstLine, problems);
    }
  }

  private static String interpolate(String frontMatter, JsonNode settings) {
    String result = frontMatter;
    if (settings == null || !settings.isObject()) {
      return result;
    }
    for (Map.Entry<String, JsonNode> setting : (Iterable<Map.Entry<String, JsonNode>>) settings::fields) {
      Pattern reference = Pattern.compile("\\{\\{" + JsPatterns.S + "*?theme_settings\\." + Pattern.quote(setting.getKey()) + JsPatterns.S + "*?}}");
      result = reference.matcher(result).replaceAll(Matcher.quoteReplacement(jsString(setting.getValue())));
    }
    return result;
  }

  /** JavaScript's String(value) for JSON values. */
  private static String jsString(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return JsJson.number(value);
    }
    if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < value.size(); i++) {
        joined.append(i == 0 ? "" : ",").append(value.get(i).isNull() ? "" : jsString(value.get(i)));
      }
      return joined.toString();
    }
    return value.isObject() ? "[object Object]" : value.asText();
  }

  private static void checkYaml(String yaml, String file, int firstLine, List<ThemeProblem> problems) {
    try (JsonParser parser = YAML.createParser(yaml)) {
      int documents = 0;
      int depth = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (depth == 0 && (token.isStructStart() || token.isScalarValue())) {
          documents++;
        }
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        if (documents == 1 && token.isScalarValue() && hasTrailingSymbol(parser)) {
          JsonLocation at = parser.currentTokenLocation();
          problems.add(ThemeProblem.error(file, firstLine + at.getLineNr() - 1, at.getColumnNr(),
              "front matter value \"" + parser.getText() + "\" ends with '" + last(parser.getText().strip())
                  + "'; remove the trailing symbol (the storefront would not read the value)"));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : firstLine + at.getLineNr() - 1;
      problems.add(ThemeProblem.error(file, line, at == null ? 0 : at.getColumnNr(),
          "front matter is not valid YAML: " + summary(e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(ThemeProblem.error(file, firstLine, 0, "front matter cannot be read: " + e.getMessage()));
    }
  }

  /** SnakeYAML's message without its source excerpts (the position is reported separately). */
  private static String summary(String message) {
    String[] lines = message.split("\\R");
    StringBuilder summary = new StringBuilder(lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      boolean excerpt = i + 1 < lines.length && lines[i + 1].strip().startsWith("^");
      if (!line.isEmpty() && !line.startsWith("in 'reader'") && !line.startsWith("^") && !excerpt) {
        summary.append("; ").append(line);
      }
    }
    return summary.toString();
  }

  private static boolean hasTrailingSymbol(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_FALSE) {
      return false;
    }
    String text = parser.getText().strip();
    if (text.isEmpty() || (token.isNumeric() && parser.getDoubleValue() == 0)) {
      return false;
    }
    char last = last(text);
    return last == ',' || last == ';';
  }

  private static char last(String text) {
    return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
  }
}
