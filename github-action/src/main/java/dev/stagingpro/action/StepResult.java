package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.Operation;
import java.util.List;
import java.util.Map;

/**
 * What happened to one operation in this run: its status, the lines for people, the named outputs,
 * and for failures the message and exit code the job ends with.
 */
record StepResult(Operation operation, Status status, String message, List<String> lines, Map<String, String> outputs, int exitCode) {
  enum Status {
    PASSED("passed"),
    FAILED("failed"),
    /** This version of the core has no handler for the operation yet. */
    NOT_AVAILABLE("not available"),
    /** Not started: a step it needs failed, or the run is read-only. */
    SKIPPED("skipped");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  StepResult {
    lines = List.copyOf(lines);
    outputs = Map.copyOf(outputs);
  }

  static StepResult passed(Operation operation, List<String> lines, Map<String, String> outputs) {
    return new StepResult(operation, Status.PASSED, "", lines, outputs, 0);
  }

  static StepResult failed(Operation operation, String message, List<String> lines, int exitCode) {
    return new StepResult(operation, Status.FAILED, message, lines, Map.of(), exitCode);
  }

  static StepResult notAvailable(Operation operation) {
    return new StepResult(operation, Status.NOT_AVAILABLE,
        "not available in this version of StagingPro yet", List.of(), Map.of(), StagingProException.EXIT_WORK_FAILED);
  }

  static StepResult skipped(Operation operation, String why) {
    return new StepResult(operation, Status.SKIPPED, why, List.of(), Map.of(), 0);
  }

  boolean blocksDependents() {
    return status == Status.FAILED || status == Status.SKIPPED;
  }
}
