package dev.stagingpro.cli;

import dev.stagingpro.core.StagingProException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into a message and an exit code: the core's own errors are printed as written
 * (they already say what to do); anything else is a bug, shown with its type so it can be reported.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (exception instanceof StagingProException failure) {
      commandLine.getErr().println("error: " + failure.getMessage());
      return failure.exitCode();
    }
    commandLine.getErr().println("error: unexpected " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
    return StagingProException.EXIT_WORK_FAILED;
  }
}
