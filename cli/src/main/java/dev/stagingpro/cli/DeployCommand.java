package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "deploy", mixinStandardHelpOptions = true, description = "Upload the theme, wait for the job and activate it on the environment's channels.")
final class DeployCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;
  @Mixin ApprovalOption approval;
  @Mixin ScheduleOptions schedule;

  @Option(names = "--ref", paramLabel = "REF", description = "Git ref to use (default: the working tree).")
  String ref;

  @Option(names = "--force", description = "Upload even when nothing under the theme path changed since the last deployment.")
  boolean force;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).ref(ref).force(force);
    schedule.applyTo(request);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.DEPLOY;
  }
}
