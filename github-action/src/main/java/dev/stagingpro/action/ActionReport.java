package dev.stagingpro.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one Action run has to tell: what it ran for, each step's result, the warnings a
 * reader must see (read-only runs, unavailable operations), and where it ran. The PR comment, the
 * job summary and the {@code summary} output are all rendered from this.
 */
record ActionReport(String subject, List<StepResult> steps, List<String> warnings, Optional<String> commit, Optional<String> runUrl) {
  static final String PREVIEW_URL = "preview-url";
  static final String THEME_ID = "theme-id";
  static final String PLAN_JSON = "plan-json";
  /** The run's Markdown report; the core's own {@code report} output is the path of the report file an operation wrote. */
  static final String SUMMARY = "summary";

  ActionReport {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
  }

  /** The operations' named outputs; a later step's value wins over an earlier one's. */
  Map<String, String> outputs() {
    Map<String, String> outputs = new LinkedHashMap<>();
    steps.forEach(step -> outputs.putAll(step.outputs()));
    return outputs;
  }

  Optional<String> output(String name) {
    return Optional.ofNullable(outputs().get(name)).filter(v -> !v.isBlank());
  }

  Optional<StepResult> step(dev.stagingpro.core.ops.Operation operation) {
    return steps.stream().filter(s -> s.operation() == operation).findFirst();
  }

  /** The first failure decides the exit code: 2 for bad input, 1 for failed work. */
  int exitCode() {
    return steps.stream().filter(s -> s.status() == StepResult.Status.FAILED).mapToInt(StepResult::exitCode).findFirst().orElse(0);
  }
}
