package dev.stagingpro.core.manifest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the user chooses (environments, sandbox stores, migration ids). They appear in CLI flags,
 * file names under {@code .stagingpro/} and history, so they keep to a safe alphabet.
 */
final class Names {
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  private Names() {}

  static boolean isValid(String name) {
    return NAME.matcher(name).matches();
  }

  /** Why {@code name} is refused as a {@code what}. */
  static String invalid(String what, String name) {
    return "'" + Suggestions.shorten(name) + "' is not a valid " + what
        + "; use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit";
  }

  /** The text of {@code value} when it is a valid name. */
  static Optional<String> read(YamlValue value, String what) {
    return value.matching(NAME, text -> invalid(what, text));
  }
}
