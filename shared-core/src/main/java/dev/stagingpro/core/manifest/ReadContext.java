package dev.stagingpro.core.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * What one manifest load collects while it walks the YAML: the problems found so far (all of them
 * are reported together), warnings, and every {@code ${VAR}} reference with its place, so unset variables can
 * be checked once the structure is known.
 */
final class ReadContext {
  /** A {@code ${VAR}} reference and the node that holds it. */
  record SecretUse(SecretRef ref, Mark mark, String field) {}

  private final String file;
  private final List<ManifestProblem> problems = new ArrayList<>();
  private final List<ManifestProblem> warnings = new ArrayList<>();
  private final List<SecretUse> secrets = new ArrayList<>();

  ReadContext(String file) {
    this.file = file;
  }

  void problem(Mark mark, String field, String message) {
    problems.add(located(mark, field, message));
  }

  /** Something that works but should change (a deprecated form); it does not fail the load. */
  void warning(Mark mark, String field, String message) {
    warnings.add(located(mark, field, message));
  }

  List<ManifestProblem> warnings() {
    return List.copyOf(warnings);
  }

  private ManifestProblem located(Mark mark, String field, String message) {
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    return new ManifestProblem(file, line, column, field, message);
  }

  void secretUsed(SecretRef ref, Mark mark, String field) {
    secrets.add(new SecretUse(ref, mark, field));
  }

  List<SecretUse> secrets() {
    return List.copyOf(secrets);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Problems in the order they appear in the file, so the report reads top to bottom. */
  List<ManifestProblem> problems() {
    return problems.stream()
        .sorted(Comparator.comparingInt(ManifestProblem::line).thenComparingInt(ManifestProblem::column))
        .toList();
  }
}
