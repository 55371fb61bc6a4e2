package dev.stagingpro.core.manifest;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for names the manifest does not know: keys, environments, entities, choices. */
final class Suggestions {
  private static final int MAX_ECHO = 40;
  private static final int MIN_ABBREVIATION = 3;

  private Suggestions() {}

  /**
   * The message for a name that is not among {@code known}: a suggestion when one is close,
   * otherwise the full list so the reader sees what is allowed.
   */
  static String unknown(String what, String given, Collection<String> known) {
    String head = "unknown " + what + " '" + shorten(given) + "'";
    return closest(given, known)
        .map(match -> head + "; did you mean '" + match + "'?")
        .orElseGet(() -> head + "; expected one of: " + String.join(", ", known));
  }

  /**
   * The known name nearest to {@code given} by edit distance, when near enough to be a slip of
   * the keyboard (a third of the name, at least 2 edits) rather than a different word; otherwise
   * the one known name that {@code given} abbreviates ("prod" for "production").
   */
  static Optional<String> closest(String given, Collection<String> known) {
    String needle = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(needle, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, needle.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    List<String> extending = needle.length() < MIN_ABBREVIATION ? List.of()
        : known.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(needle)).toList();
    return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
  }

  /** Levenshtein distance (insert, delete, substitute each cost 1). */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Names echoed back are cut short: a long value is more likely pasted data than a name. */
  static String shorten(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
  }
}
