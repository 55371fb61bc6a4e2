package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List recorded deployments and migrations of an environment.")
final class HistoryCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment);
  }

  @Override
  Operation operation() {
    return Operation.HISTORY;
  }
}
