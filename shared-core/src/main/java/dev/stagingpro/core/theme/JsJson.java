package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as JavaScript's {@code JSON.stringify(value, null, 2)} (or without indent)
 * does, because the Stencil CLI produces the generated bundle entries that way: two-space indent,
 * {@code "key": value}, {@code []} and {@code {}} for empty containers, raw UTF-8, JavaScript number
 * formatting and JavaScript's property order (array-index keys first, ascending).
 */
final class JsJson {
  private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

  private JsJson() {}

  static String pretty(JsonNode node) {
    StringBuilder out = new StringBuilder(1024);
    write(node, out, "  ", "");
    return out.toString();
  }

  static String compact(JsonNode node) {
    StringBuilder out = new StringBuilder(1024);
    write(node, out, null, "");
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, String indent, String current) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNumber()) {
      out.append(number(node));
    } else if (node.isArray()) {
      writeContainer(out, indent, current, '[', ']', node.size(), arrayItems(node), false);
    } else if (node.isObject()) {
      writeContainer(out, indent, current, '{', '}', node.size(), objectMembers(node), true);
    } else {
      quote(node.asText(), out);
    }
  }

  private static Iterator<Map.Entry<String, JsonNode>> arrayItems(JsonNode array) {
    List<Map.Entry<String, JsonNode>> items = new ArrayList<>(array.size());
    array.forEach(item -> items.add(Map.entry("", item)));
    return items.iterator();
  }

  /** JavaScript enumerates integer-like keys first, in numeric order, then the rest as inserted. */
  private static Iterator<Map.Entry<String, JsonNode>> objectMembers(JsonNode object) {
    List<Map.Entry<String, JsonNode>> indexKeys = new ArrayList<>();
    List<Map.Entry<String, JsonNode>> otherKeys = new ArrayList<>(object.size());
    object.fields().forEachRemaining(member -> (isArrayIndex(member.getKey()) ? indexKeys : otherKeys).add(member));
    if (indexKeys.isEmpty()) {
      return otherKeys.iterator();
    }
    indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a.getKey()), Long.parseLong(b.getKey())));
    indexKeys.addAll(otherKeys);
    return indexKeys.iterator();
  }

  private static void writeContainer(StringBuilder out, String indent, String current, char open, char close, int size,
      Iterator<Map.Entry<String, JsonNode>> members, boolean withKeys) {
    out.append(open);
    if (size == 0) {
      out.append(close);
      return;
    }
    String inner = indent == null ? "" : current + indent;
    boolean first = true;
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      if (!first) {
        out.append(',');
      }
      first = false;
      if (indent != null) {
        out.append('\n').append(inner);
      }
      if (withKeys) {
        quote(member.getKey(), out);
        out.append(indent == null ? ":" : ": ");
      }
      write(member.getValue(), out, indent, inner);
    }
    if (indent != null) {
      out.append('\n').append(current);
    }
    out.append(close);
  }

  static boolean isArrayIndex(String key) {
    if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(key) <= MAX_ARRAY_INDEX;
  }

  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /** JavaScript numbers are doubles; this prints them the way Number.prototype.toString does. */
  static String number(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) < (1L << 53)) {
      return Long.toString(node.longValue());
    }
    return number(node.doubleValue());
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-6 && magnitude < 1e21) {
      return decimal.toPlainString();
    }
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (value < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
  }
}
