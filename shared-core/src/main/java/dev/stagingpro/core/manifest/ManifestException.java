package dev.stagingpro.core.manifest;

import dev.stagingpro.core.StagingProException;
import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one manifest load (not only the first). Bad input: exit code 2. */
public final class ManifestException extends StagingProException {
  private final List<ManifestProblem> problems;

  public ManifestException(List<ManifestProblem> problems) {
    super(describe(problems), EXIT_BAD_INPUT);
    this.problems = List.copyOf(problems);
  }

  public List<ManifestProblem> problems() {
    return problems;
  }

  private static String describe(List<ManifestProblem> problems) {
    String header = problems.size() == 1 ? "1 problem in the manifest:" : problems.size() + " problems in the manifest:";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
  }
}
