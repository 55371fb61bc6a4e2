package dev.stagingpro.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stagingpro} command: sub-commands translate flags into core requests, nothing more. */
@Command(
    name = "stagingpro",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "GitOps CI/CD for BigCommerce stores: theme bundling and deployment, declarative data migrations.",
    subcommands = {
      ValidateCommand.class,
      BundleCommand.class,
      DeployCommand.class,
      PreviewCommand.class,
      ThemeCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      ReleaseCommand.class,
      HistoryCommand.class,
      RollbackCommand.class,
      RestoreCommand.class,
      UnlockCommand.class,
      ResetCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      SandboxCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the work failed (store error, refused plan, failed deployment)", "2:bad input or usage (manifest, flags, credentials)"})
public final class StagingProCli {
  private StagingProCli() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI in-process (tests use this) and returns the exit code. */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(StagingProCli.class);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    return commandLine;
  }
}
