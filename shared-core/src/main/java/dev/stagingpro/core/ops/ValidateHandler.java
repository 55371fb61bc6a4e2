package dev.stagingpro.core.ops;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestDescriber;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.theme.Theme;
import dev.stagingpro.core.theme.ThemeProblem;
import dev.stagingpro.core.theme.ThemeValidationException;
import dev.stagingpro.core.theme.ThemeValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code validate}: checks the manifest (every problem at once, with file, line and column) and
 * the theme it declares, and describes what the manifest declares. Unset secrets are reported too:
 * validate is the place to learn that a CI secret is missing before anything runs.
 */
final class ValidateHandler implements OperationHandler {
  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(true);
    ManifestDescriber.Description description = ManifestDescriber.describe(manifest);
    List<String> lines = new ArrayList<>(description.lines());
    manifest.theme().ifPresent(theme -> lines.add(validateTheme(workspace, theme)));
    return OperationResult.success(Operation.VALIDATE, lines, Map.of(), description);
  }

  /** Fails with every theme error; warnings go to the listener with their file and line. */
  private static String validateTheme(Workspace workspace, ThemeSpec spec) {
    Theme theme = Theme.inWorkingTree(workspace.repoRoot(), workspace.repoRoot().resolve(spec.path()).normalize());
    List<ThemeProblem> problems = ThemeValidator.validate(theme, ThemeValidator.Options.DEFAULT);
    List<ThemeProblem> errors = problems.stream().filter(ThemeProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw new ThemeValidationException(theme.displayPrefix(), errors);
    }
    problems.forEach(warning -> workspace.listener().onEvent(
        new ProgressEvent(ProgressEvent.Kind.WARNING, warning.message(), 0, 0, theme.displayPrefix() + warning.file(), warning.line())));
    return "Theme " + theme.displayPrefix() + " is valid" + (problems.isEmpty() ? "" : " (" + problems.size() + " warnings)");
  }
}
