package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Groups theme operations that are not deployments of the repo's own theme. */
@Command(name = "theme", mixinStandardHelpOptions = true, description = "Theme operations between stores.", subcommands = ThemeCommand.Copy.class)
final class ThemeCommand {
  @Command(name = "copy", mixinStandardHelpOptions = true, description = "Copy the active theme of one environment to another and activate it there.")
  static final class Copy extends OperationCommand {
    @Mixin ApprovalOption approval;

    @Option(names = "--from", paramLabel = "ENV", required = true, description = "Environment to copy the active theme from.")
    String from;

    @Option(names = "--to", paramLabel = "ENV", required = true, description = "Environment to upload and activate it on.")
    String to;

    @Override
    void configure(OperationRequest.Builder request, CiContext ci) {
      request.from(from).to(to);
      request.approval(approval.of(ci));
    }

    @Override
    Operation operation() {
      return Operation.THEME_COPY;
    }
  }
}
