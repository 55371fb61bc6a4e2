package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply the migrations in dependency order (or exactly a saved plan).")
final class ApplyCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;
  @Mixin ApprovalOption approval;
  @Mixin ScheduleOptions schedule;

  @Option(names = "--migration", paramLabel = "ID", description = "Only this migration (default: all).")
  String migration;

  @Option(names = "--plan", paramLabel = "FILE", description = "Apply exactly this saved plan; refused if the destination changed since.")
  Path plan;

  @Option(names = "--retry", paramLabel = "RUN_ID", description = "Retry only the records that failed in this run.")
  String retry;

  @Option(names = "--reapply", description = "Re-apply a migration whose definition changed since it was applied.")
  boolean reapply;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).migration(migration).plan(plan).runId(retry).reapply(reapply);
    schedule.applyTo(request);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.APPLY;
  }
}
