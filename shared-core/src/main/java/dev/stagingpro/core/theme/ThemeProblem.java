package dev.stagingpro.core.theme;

/**
 * One thing wrong with a theme, located by file (relative to the theme folder), line and column
 * (1-based; 0 when unknown). Warnings are shown but do not stop a bundle.
 */
public record ThemeProblem(Severity severity, String file, int line, int column, String message) {
  public enum Severity { ERROR, WARNING }

  public static ThemeProblem error(String file, int line, int column, String message) {
    return new ThemeProblem(Severity.ERROR, file, line, column, message);
  }

  public static ThemeProblem warning(String file, int line, int column, String message) {
    return new ThemeProblem(Severity.WARNING, file, line, column, message);
  }

  static ThemeProblem error(String file, JsonDocument.Position at, String message) {
    return error(file, at.line(), at.column(), message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: message}, with the file prefixed by where the theme sits. */
  public String describe(String themePrefix) {
    StringBuilder text = new StringBuilder(themePrefix).append(file == null ? "" : file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return describe("");
  }
}
