package dev.stagingpro.core.report;

/**
 * How a run ended. {@link #RUNNING} only appears in a snapshot taken before the run finished (the
 * report sent with a start notification).
 */
public enum RunResult {
  RUNNING,
  SUCCESS,
  /** Some records were written and some failed; the failures list says which. */
  PARTIAL,
  FAILURE
}
