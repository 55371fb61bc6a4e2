package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reset", mixinStandardHelpOptions = true, description = "Empty entities of a sandbox or staging store before a bulk run (never a protected one).")
final class ResetCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;
  @Mixin ApprovalOption approval;

  @Option(names = "--entities", split = ",", paramLabel = "ENTITY", description = "Entities, comma-separated, e.g. products,categories,brands.")
  List<String> entities;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).entities(entities);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.RESET;
  }
}
