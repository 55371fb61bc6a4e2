package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "unlock", mixinStandardHelpOptions = true, description = "Remove a stale migration lock from an environment.")
final class UnlockCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;
  @Mixin ApprovalOption approval;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.UNLOCK;
  }
}
