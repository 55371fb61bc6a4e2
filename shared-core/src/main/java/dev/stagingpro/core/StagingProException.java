package dev.stagingpro.core;

/**
 * A failure the user should read: the message says what went wrong and what to do. Faces print
 * the message (not a stack trace) and exit with {@link #exitCode()}: 2 for bad input or usage,
 * 1 for work that failed.
 */
public class StagingProException extends RuntimeException {
  public static final int EXIT_WORK_FAILED = 1;
  public static final int EXIT_BAD_INPUT = 2;

  private final int exitCode;

  public StagingProException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public StagingProException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input: a manifest, flag, file or credential the user must correct. Exit code 2. */
  public static StagingProException badInput(String message) {
    return new StagingProException(message, EXIT_BAD_INPUT);
  }

  /** The work itself failed (store error, refused plan, ...). Exit code 1. */
  public static StagingProException failed(String message) {
    return new StagingProException(message, EXIT_WORK_FAILED);
  }

  public static StagingProException failed(String message, Throwable cause) {
    return new StagingProException(message, EXIT_WORK_FAILED, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
