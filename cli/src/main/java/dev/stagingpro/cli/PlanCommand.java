package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true, description = "Classify every record the migrations would touch. Changes nothing.")
final class PlanCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;

  @Option(names = "--migration", paramLabel = "ID", description = "Only this migration (default: all).")
  String migration;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Save the plan as JSON, for apply --plan.")
  Path out;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).migration(migration).out(out);
  }

  @Override
  Operation operation() {
    return Operation.PLAN;
  }
}
