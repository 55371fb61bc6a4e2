package dev.stagingpro.core.ops;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one set of operations every face implements under the same names (docs/commands.md). The
 * {@code cliName} is the CLI sub-command (and Action {@code command}); {@code goal} the Maven goal;
 * {@code step} the Jenkins step.
 */
public enum Operation {
  VALIDATE("validate", "validate", "stagingproValidate", false, "Check the manifest (and theme) and print the resolved declaration."),
  BUNDLE("bundle", "bundle", "stagingproBundle", false, "Build the Stencil theme zip from a Git ref or the working tree."),
  DEPLOY("deploy", "deploy", "stagingproDeploy", true, "Upload the theme, wait for the job, activate it on the environment's channels."),
  PREVIEW("preview", "preview", "stagingproPreview", true, "Deploy the theme to a prelaunch preview channel for a pull request."),
  PREVIEW_CLEANUP("preview cleanup", "preview-cleanup", "stagingproPreviewCleanup", true, "Free a pull request's preview channel and delete its theme."),
  THEME_COPY("theme copy", "theme-copy", "stagingproThemeCopy", true, "Copy the active theme of one environment to another."),
  PLAN("plan", "plan", "stagingproPlan", false, "Classify every record the migrations would touch; change nothing."),
  APPLY("apply", "apply", "stagingproApply", true, "Apply the migrations (or exactly a saved plan)."),
  RELEASE("release", "release", "stagingproRelease", true, "Apply the migrations, then deploy the theme; a failed apply leaves the theme alone."),
  HISTORY("history", "history", "stagingproHistory", false, "List recorded deployments and migrations of an environment."),
  ROLLBACK("rollback", "rollback", "stagingproRollback", true, "Re-activate an earlier deployment's theme."),
  RESTORE("restore", "restore", "stagingproRestore", true, "Put back what a migration run overwrote and delete what it created."),
  UNLOCK("unlock", "unlock", "stagingproUnlock", true, "Remove a stale migration lock from an environment."),
  RESET("reset", "reset", "stagingproReset", true, "Empty entities of a sandbox or staging store (never a protected one)."),
  EXPORT("export", "export", "stagingproExport", false, "Write store data as reviewable files.");

  private final String cliName;
  private final String goal;
  private final String step;
  private final boolean writesToStore;
  private final String summary;

  Operation(String cliName, String goal, String step, boolean writesToStore, String summary) {
    this.cliName = cliName;
    this.goal = goal;
    this.step = step;
    this.writesToStore = writesToStore;
    this.summary = summary;
  }

  public String cliName() {
    return cliName;
  }

  public String goal() {
    return goal;
  }

  public String step() {
    return step;
  }

  /** Writes need approval on protected environments. */
  public boolean writesToStore() {
    return writesToStore;
  }

  public String summary() {
    return summary;
  }

  /** Accepts the CLI name, the Maven goal or the Jenkins step name. */
  public static Optional<Operation> named(String name) {
    return Arrays.stream(values())
        .filter(o -> o.cliName.equals(name) || o.goal.equals(name) || o.step.equals(name))
        .findFirst();
  }
}
