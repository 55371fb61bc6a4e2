package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.ManifestException;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.theme.ThemeValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one operation through the core's {@link OperationRunner} and turns the outcome into a
 * {@link StepResult}, with the log grouped per operation and manifest and theme problems
 * annotated on their file and line. Failures are results, not exceptions, so the run can still report them.
 */
record StepRunner(OperationRunner runner, Workspace workspace, WorkflowCommands commands, ActionListener listener, RepoLocations locations) {
  boolean supports(Operation operation) {
    return runner.supports(operation);
  }

  StepResult run(OperationRequest request) {
    Operation operation = request.operation();
    if (!runner.supports(operation)) {
      commands.notice("stagingpro " + operation.cliName() + ": not available in this version of StagingPro yet");
      return StepResult.notAvailable(operation);
    }
    commands.group("stagingpro " + operation.cliName());
    try {
      OperationResult result = runner.run(workspace, request);
      result.lines().forEach(commands::line);
      List<String> lines = new ArrayList<>(result.lines());
      lines.addAll(listener.takeProblems());
      if (result.success()) {
        return StepResult.passed(operation, lines, result.outputs());
      }
      String message = operation.cliName() + " finished with failures";
      commands.error(message, WorkflowCommands.Location.NONE, "StagingPro " + operation.cliName());
      return new StepResult(operation, StepResult.Status.FAILED, message, lines, result.outputs(), StagingProException.EXIT_WORK_FAILED);
    } catch (ManifestException e) {
      return located(operation, e, LocatedProblem.of(e));
    } catch (ThemeValidationException e) {
      return located(operation, e, LocatedProblem.of(e));
    } catch (StagingProException e) {
      commands.error(e.getMessage(), WorkflowCommands.Location.NONE, "StagingPro " + operation.cliName());
      return StepResult.failed(operation, e.getMessage(), listener.takeProblems(), e.exitCode());
    } catch (RuntimeException e) {
      // a defect, not a user error: show what is needed to report it, masked like everything else
      String message = "internal error in '" + operation.cliName() + "': " + e;
      commands.error(message, WorkflowCommands.Location.NONE, "StagingPro " + operation.cliName());
      stackTrace(e).forEach(commands::line);
      return StepResult.failed(operation, message, listener.takeProblems(), StagingProException.EXIT_WORK_FAILED);
    } finally {
      commands.endGroup();
    }
  }

  /** The exception and its StagingPro frames: enough to report the defect, short enough to read. */
  private static List<String> stackTrace(Throwable e) {
    List<String> lines = new ArrayList<>();
    for (Throwable t = e; t != null && lines.size() < 40; t = t.getCause()) {
      lines.add((t == e ? "" : "Caused by: ") + t);
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("dev.stagingpro.")) {
          lines.add("\tat " + frame);
        }
      }
    }
    return lines;
  }

  /** Each problem annotated where it is; the report gets the exception's headline and one line per problem. */
  private StepResult located(Operation operation, StagingProException e, List<LocatedProblem> problems) {
    List<String> lines = new ArrayList<>();
    for (LocatedProblem problem : problems) {
      WorkflowCommands.Location at = locations.at(problem.file(), problem.line(), problem.column());
      if (problem.error()) {
        commands.error(problem.message(), at, problem.title());
      } else {
        commands.warning(problem.message(), at, problem.title());
      }
      lines.add(problem.describe(at));
    }
    lines.addAll(listener.takeProblems());
    String headline = e.getMessage().lines().findFirst().orElse("").replaceFirst(":$", "");
    return StepResult.failed(operation, headline, lines, e.exitCode());
  }
}
