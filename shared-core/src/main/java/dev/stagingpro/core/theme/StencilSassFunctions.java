package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import io.bit3.jsass.annotation.DefaultStringValue;
import io.bit3.jsass.annotation.Name;
import io.bit3.jsass.type.SassColor;
import io.bit3.jsass.type.SassNull;
import io.bit3.jsass.type.SassNumber;
import io.bit3.jsass.type.SassString;
import io.bit3.jsass.type.SassValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Sass functions a Stencil theme may call to read its settings (stencil-styles defines the same
 * six), answered from one variation's settings. Public because the Sass compiler calls them by
 * reflection; not part of the API.
 */
public final class StencilSassFunctions {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^[\\s]*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
  private static final Pattern SIZE = Pattern.compile("^\\d+x\\d+$");

  private final JsonNode settings;

  StencilSassFunctions(JsonNode settings) {
    this.settings = settings;
  }

  public SassValue stencilNumber(@Name("name") String name, @Name("unit") @DefaultStringValue("px") String unit) {
    JsonNode value = setting(name);
    double number = 0;
    if (value != null) {
      Matcher leading = LEADING_NUMBER.matcher(value.isNumber() ? JsJson.number(value) : value.asText(""));
      number = leading.find() ? Double.parseDouble(leading.group(1)) : 0;
    }
    return new SassNumber(number, unit);
  }

  public SassValue stencilColor(@Name("name") String name) {
    JsonNode value = setting(name);
    if (!truthy(value)) {
      return SassNull.SINGLETON;
    }
    String hex = value.asText();
    hex = hex.startsWith("#") ? hex.substring(1) : hex;
    // Like parseInt('0xff' + hex, 16) in the CLI: read the longest hexadecimal prefix as ARGB.
    Matcher digits = Pattern.compile("^[0-9a-fA-F]*").matcher("ff" + hex);
    digits.find();
    long argb = Long.parseLong(digits.group().substring(0, Math.min(digits.group().length(), 8)), 16);
    return new SassColor((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >> 24) & 0xff) / 255.0);
  }

  public SassValue stencilString(@Name("name") String name) {
    JsonNode value = setting(name);
    return truthy(value) ? new SassString(text(value), false) : SassNull.SINGLETON;
  }

  public SassValue stencilImage(@Name("image") String image, @Name("size") String size) {
    JsonNode template = setting(image);
    JsonNode dimensions = setting(size);
    if (template == null || !template.isTextual()) {
      throw new IllegalArgumentException("stencilImage: theme setting '" + image + "' is not set");
    }
    if (template.textValue().contains("{:size}") && dimensions != null && SIZE.matcher(text(dimensions)).matches()) {
      return new SassString(template.textValue().replace("{:size}", text(dimensions)), false);
    }
    return SassNull.SINGLETON;
  }

  public SassValue stencilFontFamily(@Name("name") String name) {
    return font(name, true);
  }

  public SassValue stencilFontWeight(@Name("name") String name) {
    return font(name, false);
  }

  /** Values like {@code Google_Open+Sans_400,700_sans}: provider, family, weights, fallback. */
  private SassValue font(String name, boolean family) {
    JsonNode value = setting(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("font setting '" + name + "' is not set to a font name");
    }
    String font = value.textValue();
    if (font.split("_", -1)[0].equals("Google")) {
      font = font.indexOf('_') < 0 ? "" : font.substring(font.indexOf('_') + 1);
    }
    String[] parts = font.split("_", -1);
    int index = family ? 0 : 1;
    if (parts.length <= index || parts[index].isEmpty()) {
      return SassNull.SINGLETON;
    }
    String formatted = parts[index].split(",", -1)[0].replace('+', ' ').replace("'", "").replace("\"", "");
    return new SassString(family ? "\"" + formatted + "\"" : formatted, false);
  }

  /** A setting by dotted path, like lodash's get. */
  private JsonNode setting(String path) {
    JsonNode value = settings;
    for (String part : path.split("\\.")) {
      if (value == null || !value.isObject()) {
        return null;
      }
      value = value.get(part);
    }
    return value == null || value.isNull() ? null : value;
  }

  private static boolean truthy(JsonNode value) {
    return value != null && !(value.isTextual() && value.textValue().isEmpty()) && !(value.isBoolean() && !value.booleanValue())
        && !(value.isNumber() && value.doubleValue() == 0);
  }

  private static String text(JsonNode value) {
    return value.isNumber() ? JsJson.number(value) : value.asText();
  }
}
