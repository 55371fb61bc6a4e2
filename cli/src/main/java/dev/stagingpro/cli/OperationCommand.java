package dev.stagingpro.cli;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every operation command: builds the core request from the flags (each sub-command adds
 * its own in {@link #configure}), runs it, prints the result. Exit code 0 on success, 1 when the
 * work failed; bad input surfaces as exit code 2 through {@link FailureHandler}.
 */
abstract class OperationCommand implements Callable<Integer> {
  @Mixin WorkspaceOptions workspaceOptions;
  @Spec CommandSpec spec;

  abstract Operation operation();

  /** Copies this command's own flags into the request. */
  void configure(OperationRequest.Builder request, CiContext ci) {}

  @Override
  public Integer call() {
    CiContext ci = CiContext.fromEnvironment(System::getenv);
    OperationRequest.Builder request = OperationRequest.builder(operation()).ci(ci);
    configure(request, ci);
    OperationResult result = run(request.build(), ci);
    new ResultPrinter(spec.commandLine().getOut()).print(result, workspaceOptions.json);
    return result.success() ? 0 : 1;
  }

  OperationResult run(OperationRequest request, CiContext ci) {
    ConsoleListener listener = new ConsoleListener(spec.commandLine().getErr(), ci.inCi() || System.console() == null);
    Workspace workspace = new Workspace(workspaceOptions.repo, workspaceOptions.manifestFile(), EnvLookup.system(), listener, Clock.systemUTC());
    try {
      return OperationRunner.standard().run(workspace, request);
    } finally {
      listener.finish();
    }
  }
}
