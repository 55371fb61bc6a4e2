package dev.stagingpro.core.theme;

/** Turns character offsets in a text into 1-based line and column numbers. */
final class TextPositions {
  private final int[] lineStarts;

  TextPositions(CharSequence text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  JsonDocument.Position at(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new JsonDocument.Position(low + 1, offset - lineStarts[low] + 1);
  }
}
