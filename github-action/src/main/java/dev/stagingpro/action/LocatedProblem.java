package dev.stagingpro.action;

import dev.stagingpro.core.manifest.ManifestException;
import dev.stagingpro.core.theme.ThemeValidationException;
import java.util.List;

/**
 * One problem the core located in a file of the repository, whichever check found it (manifest
 * loading, theme validation), in the one shape annotations and the report need. {@code file} is
 * as the core names it: relative to the repository root the operation ran in.
 */
record LocatedProblem(String title, boolean error, String file, int line, int column, String message) {
  static List<LocatedProblem> of(ManifestException e) {
    return e.problems().stream()
        .map(p -> new LocatedProblem("StagingPro manifest", true, p.file(), p.line(), p.column(),
            (p.field() == null || p.field().isEmpty() ? "" : p.field() + ": ") + p.message()))
        .toList();
  }

  static List<LocatedProblem> of(ThemeValidationException e) {
    return e.problems().stream()
        .map(p -> new LocatedProblem("StagingPro theme", p.isError(), p.file() == null ? null : e.themePrefix() + p.file(),
            p.line(), p.column(), p.message()))
        .toList();
  }

  /** {@code file:line:column: message}, the way the CLI prints problems. */
  String describe(WorkflowCommands.Location at) {
    StringBuilder text = new StringBuilder(at.file() == null ? "" : at.file());
    if (at.file() != null && at.line() > 0) {
      text.append(':').append(at.line());
      if (at.column() > 0) {
        text.append(':').append(at.column());
      }
    }
    return text.append(text.isEmpty() ? "" : ": ").append(error ? "" : "warning: ").append(message).toString();
  }
}
