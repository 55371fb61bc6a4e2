package dev.stagingpro.core.theme;

import dev.stagingpro.core.StagingProException;
import java.util.List;
import java.util.stream.Collectors;

/** Every error found in a theme (not only the first). Bad input: exit code 2. */
public final class ThemeValidationException extends StagingProException {
  private final String themePrefix;
  private final List<ThemeProblem> problems;

  public ThemeValidationException(String themePrefix, List<ThemeProblem> problems) {
    super(describe(themePrefix, problems), EXIT_BAD_INPUT);
    this.themePrefix = themePrefix;
    this.problems = List.copyOf(problems);
  }

  public List<ThemeProblem> problems() {
    return problems;
  }

  /** Where the theme sits (e.g. {@code theme/}), so faces can point at a problem's file in the repository. */
  public String themePrefix() {
    return themePrefix;
  }

  private static String describe(String themePrefix, List<ThemeProblem> problems) {
    String header = problems.size() == 1 ? "1 problem in the theme:" : problems.size() + " problems in the theme:";
    return problems.stream().map(p -> "  " + p.describe(themePrefix)).collect(Collectors.joining("\n", header + "\n", ""));
  }
}
