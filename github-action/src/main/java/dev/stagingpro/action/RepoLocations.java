package dev.stagingpro.action;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns the file names in core problems into the paths annotations need: the runner matches
 * {@code file=} against the pull request's diff, which uses paths from the checkout's root. The
 * core names files relative to the folder it runs in ({@code working-directory}).
 */
final class RepoLocations {
  private final Path checkout;
  private final Path repoRoot;

  RepoLocations(Path checkout, Path repoRoot) {
    this.checkout = checkout.toAbsolutePath().normalize();
    this.repoRoot = repoRoot.toAbsolutePath().normalize();
  }

  WorkflowCommands.Location at(String file, int line, int column) {
    if (file == null || file.isBlank()) {
      return WorkflowCommands.Location.NONE;
    }
    return new WorkflowCommands.Location(relative(file), line, column);
  }

  /**
   * {@code value} relative to the checkout when it is an absolute path inside it (as the core
   * gives file outputs), otherwise unchanged.
   */
  String inCheckout(String value) {
    if (value.isEmpty() || value.contains("\n")) {
      return value;
    }
    try {
      Path path = Path.of(value);
      if (path.isAbsolute() && path.normalize().startsWith(checkout)) {
        return checkout.relativize(path.normalize()).toString().replace('\\', '/');
      }
    } catch (InvalidPathException e) {
      // not a path: left as it is
    }
    return value;
  }

  private String relative(String file) {
    try {
      Path path = Path.of(file);
      Path absolute = (path.isAbsolute() ? path : repoRoot.resolve(path)).normalize();
      Path shown = absolute.startsWith(checkout) ? checkout.relativize(absolute) : path;
      return shown.toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return file;
    }
  }
}
