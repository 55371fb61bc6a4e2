package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Re-activate an earlier deployment's theme (rebuilt from its commit if the store no longer has it).")
final class RollbackCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;
  @Mixin ApprovalOption approval;

  @Option(names = "--to", paramLabel = "N", description = "History entry to go back to (default: the deployment before the current one).")
  Integer entry;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).historyEntry(entry);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.ROLLBACK;
  }
}
