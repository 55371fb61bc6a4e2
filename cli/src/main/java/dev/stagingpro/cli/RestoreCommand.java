package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Put back what a migration run overwrote and delete what it created.")
final class RestoreCommand extends OperationCommand {
  @Mixin ApprovalOption approval;

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run to undo (its folder is .stagingpro/runs/RUN_ID).")
  String runId;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.runId(runId);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.RESTORE;
  }
}
