package dev.stagingpro.core.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Folder paths written in the manifest (theme, data folders). They are relative to the repository
 * root and must stay inside it: no absolute paths, no {@code ..}, and no symbolic link that leads
 * out, because CI runs with secrets and must only read what the repository holds.
 */
final class RepoPaths {
  private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*");

  private final Path repoRoot;

  RepoPaths(Path repoRoot) {
    this.repoRoot = repoRoot.toAbsolutePath().normalize();
  }

  /** The folder named by {@code value}, as an absolute path inside the repository. */
  Optional<Path> folder(YamlValue value) {
    Optional<String> text = value.text();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String written = text.get();
    String shown = "'" + Suggestions.shorten(written) + "'";
    if (ABSOLUTE.matcher(written).matches()) {
      value.problem(shown + " is an absolute path; write a path relative to the repository root");
      return Optional.empty();
    }
    if (Arrays.asList(written.split("[/\\\\]")).contains("..")) {
      value.problem(shown + " uses '..'; paths must stay inside the repository");
      return Optional.empty();
    }
    Path path = repoRoot.resolve(written).normalize();
    if (!Files.exists(path)) {
      value.problem(shown + " does not exist in the repository");
      return Optional.empty();
    }
    try {
      if (!path.toRealPath().startsWith(repoRoot.toRealPath())) {
        value.problem(shown + " is a symbolic link that leads outside the repository");
        return Optional.empty();
      }
    } catch (IOException e) {
      value.problem(shown + " cannot be resolved (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
    if (!Files.isDirectory(path)) {
      value.problem(shown + " is a file; give the folder");
      return Optional.empty();
    }
    return Optional.of(path);
  }
}
