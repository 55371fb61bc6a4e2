package dev.stagingpro.core.manifest;

/**
 * One thing wrong with a manifest, located by file, line and column (1-based; 0 when unknown)
 * and the YAML path of the field (e.g. {@code environments.staging.token}).
 */
public record ManifestProblem(String file, int line, int column, String field, String message) {
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (field != null && !field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
