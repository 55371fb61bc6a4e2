package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = "Deploy the theme to a prelaunch preview channel for a pull request and print its URL.",
    subcommands = PreviewCommand.Cleanup.class)
final class PreviewCommand extends OperationCommand {
  @Mixin ApprovalOption approval;

  @Option(names = "--pr", paramLabel = "NUMBER", required = true, description = "Pull request number.")
  Integer pullRequest;

  @Option(names = "--ref", paramLabel = "REF", description = "Git ref to preview (default: the working tree).")
  String ref;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.pullRequest(pullRequest).ref(ref);
    request.approval(approval.of(ci));
  }

  @Override
  Operation operation() {
    return Operation.PREVIEW;
  }

  @Command(name = "cleanup", mixinStandardHelpOptions = true, description = "Free a pull request's preview channel and delete its theme.")
  static final class Cleanup extends OperationCommand {
    @Mixin ApprovalOption approval;

    @Option(names = "--pr", paramLabel = "NUMBER", required = true, description = "Pull request number.")
    Integer pullRequest;

    @Override
    void configure(OperationRequest.Builder request, CiContext ci) {
      request.pullRequest(pullRequest);
      request.approval(approval.of(ci));
    }

    @Override
    Operation operation() {
      return Operation.PREVIEW_CLEANUP;
    }
  }
}
