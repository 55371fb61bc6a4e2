package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the Action: reads the inputs and the event, runs the operations through the core
 * (one operation, or the {@code auto} flow for the event), and reports the outcome everywhere a
 * reader looks: the job log, the job summary, the step outputs, and on pull requests the comment
 * and the commit status. Returns the process exit code.
 */
final class ActionRun {
  private final ActionEnvironment env;
  private final OperationRunner runner;
  private final Clock clock;
  private final SecretMasker masker = new SecretMasker();
  private final WorkflowCommands commands;

  ActionRun(ActionEnvironment env, PrintStream out, OperationRunner runner, Clock clock) {
    this.env = env;
    this.runner = runner;
    this.clock = clock;
    this.commands = new WorkflowCommands(out, masker);
  }

  int run() {
    EnvironmentFiles files = EnvironmentFiles.of(env, masker);
    try {
      return runChecked(files);
    } catch (StagingProException e) {
      // bad inputs or an unreadable event: nothing ran, say why in the log and the summary
      commands.error(e.getMessage(), WorkflowCommands.Location.NONE, "StagingPro");
      try {
        files.appendSummary("### StagingPro\n\n❌ " + e.getMessage() + "\n");
      } catch (StagingProException summaryFailed) {
        commands.warning(summaryFailed.getMessage(), WorkflowCommands.Location.NONE, "StagingPro");
      }
      return e.exitCode();
    }
  }

  private int runChecked(EnvironmentFiles files) {
    // masked before any other input is parsed, so not even an input error can show the token
    env.input(ActionInputs.GITHUB_TOKEN).map(Secret::of).ifPresent(this::mask);
    ActionInputs inputs = ActionInputs.read(env);
    GitHubEvent event = GitHubEvent.read(env);
    CiContext ci = CiContext.fromEnvironment(env.asFunction());
    RunAccess access = RunAccess.of(event, inputs, ci);
    access.readOnly().ifPresent(why -> commands.warning(why + " Running read-only: checks only, the report goes to the job summary.",
        WorkflowCommands.Location.NONE, "StagingPro: read-only run"));
    AutoFlow.Steps plan = inputs.command().map(op -> new AutoFlow.Steps(List.of(op), "")).orElseGet(() -> AutoFlow.forEvent(event));

    Path checkout = env.variable("GITHUB_WORKSPACE").map(Path::of).orElse(Path.of("")).toAbsolutePath().normalize();
    Path repoRoot = checkout.resolve(inputs.workingDirectory()).normalize();
    RepoLocations locations = new RepoLocations(checkout, repoRoot);
    MaskingEnvLookup lookup = new MaskingEnvLookup(env::variable, masker, commands, access.isReadOnly());
    List<StepResult> results = runSteps(plan.operations(), stepRunner(repoRoot, inputs.manifest(), lookup, locations),
        new RequestFactory(inputs, event, ci), access);
    ActionReport report = new ActionReport(subject(event, inputs), results, warnings(access, lookup, plan), event.headSha(), ci.runUrl());
    publish(report, files, locations, new PullRequestReporting(env, inputs, event, access, commands));
    return exitCode(inputs, report);
  }

  /** Runs operations in {@code repoRoot}: the checkout (GITHUB_WORKSPACE) or its working-directory. */
  private StepRunner stepRunner(Path repoRoot, Path manifest, MaskingEnvLookup lookup, RepoLocations locations) {
    ActionListener listener = new ActionListener(commands, locations);
    Workspace workspace = new Workspace(repoRoot, repoRoot.resolve(manifest), lookup, listener, clock);
    return new StepRunner(runner, workspace, commands, listener, locations);
  }

  private List<String> warnings(RunAccess access, MaskingEnvLookup lookup, AutoFlow.Steps plan) {
    List<String> warnings = new ArrayList<>();
    access.readOnly().ifPresent(why -> warnings.add(why + " Only the checks that need no secrets ran; nothing was written to any store."));
    if (!lookup.unavailable().isEmpty()) {
      warnings.add("Not available to this run, so not checked: "
          + String.join(", ", lookup.unavailable().stream().map(v -> "`" + v + "`").toList()) + ".");
    }
    if (!plan.reason().isEmpty()) {
      warnings.add("Nothing to do: " + plan.reason() + ".");
      commands.notice(plan.reason());
    }
    return warnings;
  }

  /**
   * The report to the pull request (when there is one), the step outputs and the job summary.
   * Paths in outputs are made relative to the checkout: the container's /github/workspace is
   * another path on the runner, where later steps read them.
   */
  private void publish(ActionReport report, EnvironmentFiles files, RepoLocations locations, PullRequestReporting pullRequest) {
    String markdown = ReportMarkdown.render(report);
    Map<String, String> outputs = new LinkedHashMap<>();
    report.outputs().forEach((name, value) -> outputs.put(name, locations.inCheckout(value)));
    outputs.put(ActionReport.SUMMARY, markdown);
    List<String> notes = new ArrayList<>();
    if (!report.steps().isEmpty()) {
      pullRequest.publish(report, markdown, outputs, notes);
    }
    files.writeOutputs(outputs);
    files.appendSummary(markdown + notes.stream().map(n -> "\n> [!NOTE]\n> " + n + "\n").reduce("", String::concat));
  }

  private List<StepResult> runSteps(List<Operation> operations, StepRunner steps, RequestFactory requests, RunAccess access) {
    Map<Operation, StepResult> done = new LinkedHashMap<>();
    for (Operation operation : operations) {
      // an operation this version lacks is reported as such, whatever else happened
      Optional<String> blocked = steps.supports(operation) ? blocker(operation, done, access) : Optional.empty();
      blocked.ifPresent(why -> commands.notice("stagingpro " + operation.cliName() + " skipped: " + why));
      done.put(operation, blocked.map(why -> StepResult.skipped(operation, why)).orElseGet(() -> steps.run(requests.request(operation))));
    }
    return List.copyOf(done.values());
  }

  private static Optional<String> blocker(Operation operation, Map<Operation, StepResult> done, RunAccess access) {
    if (access.isReadOnly() && AutoFlow.needsSecrets(operation)) {
      return Optional.of("needs repository secrets, which this run does not get");
    }
    return AutoFlow.needs(operation).map(done::get).filter(StepResult::blocksDependents)
        .map(needed -> needed.operation().cliName() + " " + needed.status().label());
  }

  /** An operation asked for by name that this version lacks is an error; in {@code auto} it is only reported. */
  private int exitCode(ActionInputs inputs, ActionReport report) {
    if (!inputs.auto()) {
      Optional<StepResult> missing = report.steps().stream().filter(s -> s.status() == StepResult.Status.NOT_AVAILABLE).findFirst();
      if (missing.isPresent()) {
        commands.error("'" + missing.get().operation().cliName() + "' is " + missing.get().message(), WorkflowCommands.Location.NONE, "StagingPro");
        return missing.get().exitCode();
      }
    }
    return report.exitCode();
  }

  private void mask(Secret secret) {
    commands.addMask(secret.reveal());
    masker.register(secret);
  }

  private static String subject(GitHubEvent event, ActionInputs inputs) {
    String what = inputs.command().map(op -> "`" + op.cliName() + "`").orElse("auto");
    Optional<Integer> pr = inputs.pullRequest().or(() -> event.pullRequest().map(GitHubEvent.PullRequest::number));
    if (pr.isPresent()) {
      return "pull request #" + pr.get() + " · " + what;
    }
    return event.ref().map(ref -> ref.replaceFirst("^refs/(heads|tags)/", "")).map(ref -> ref + " · " + what).orElse(what);
  }
}
