package dev.stagingpro.core.theme;

import java.util.regex.Pattern;

/**
 * Building blocks for regular expressions that must match exactly what the Stencil CLI's
 * JavaScript ones match: JavaScript's {@code \s} and {@code .} differ from Java's.
 */
final class JsPatterns {
  /** JavaScript's {@code \s} (includes the Unicode spaces and the BOM). */
  static final String SPACE_CHARS = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
  static final String S = "[" + SPACE_CHARS + "]";
  /** JavaScript's {@code .} without the s flag: anything but a line terminator. */
  static final String DOT = "[^\\n\\r\\u2028\\u2029]";

  private JsPatterns() {}

  static Pattern compile(String regex) {
    return Pattern.compile(regex);
  }
}
