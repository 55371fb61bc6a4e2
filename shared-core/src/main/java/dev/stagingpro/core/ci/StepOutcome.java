package dev.stagingpro.core.ci;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent hands back to the CI step: the pipeline's return value on success, or the
 * core's message (already masked) and exit code on failure; and in both cases the run journal
 * files to keep with the build, since a failed run's journal matters most.
 */
public final class StepOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, Object> value;
  private final String failure;
  private final int exitCode;
  private final ArrayList<String> runFiles;

  private StepOutcome(LinkedHashMap<String, Object> value, String failure, int exitCode, List<String> runFiles) {
    this.value = value;
    this.failure = failure;
    this.exitCode = exitCode;
    this.runFiles = new ArrayList<>(runFiles);
  }

  static StepOutcome success(LinkedHashMap<String, Object> value) {
    return new StepOutcome(value, null, 0, List.of());
  }

  static StepOutcome failure(String message, int exitCode) {
    return new StepOutcome(null, message, exitCode, List.of());
  }

  StepOutcome withRunFiles(List<String> files) {
    return new StepOutcome(value, failure, exitCode, files);
  }

  public boolean succeeded() {
    return failure == null;
  }

  /** The pipeline's return value (see {@link StepReturnValue}); empty after a failure. */
  public Optional<Map<String, Object>> value() {
    return Optional.ofNullable(value).map(LinkedHashMap::new);
  }

  /** The message to fail the build with: what went wrong and what to do. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** 0 on success; else the core's exit code (1 work failed, 2 bad input). */
  public int exitCode() {
    return exitCode;
  }

  /** {@code /}-separated paths under {@code .stagingpro/runs/}, relative to the workspace. */
  public List<String> runFiles() {
    return List.copyOf(runFiles);
  }
}
