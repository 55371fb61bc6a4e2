package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.RunJournalFiles;
import dev.stagingpro.core.ci.StepCall;
import dev.stagingpro.core.ci.StepOutcome;
import dev.stagingpro.core.ops.Operation;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * On the controller: check the arguments and fetch the credentials, send the work to the agent
 * that holds the workspace, archive the run journals, then return the core's value or fail the
 * build with its message.
 */
final class StagingproStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
  private static final long serialVersionUID = 1L;

  // Plain values (step arguments and credential ids, no secrets), so the execution can be saved with the Pipeline.
  private final Operation operation;
  private final LinkedHashMap<String, Object> arguments;

  StagingproStepExecution(StepContext context, Operation operation, Map<String, Object> arguments) {
    super(context);
    this.operation = operation;
    this.arguments = new LinkedHashMap<>(arguments);
  }

  @Override
  protected Map<String, Object> run() throws Exception {
    StepContext context = getContext();
    Run<?, ?> run = context.get(Run.class);
    TaskListener listener = context.get(TaskListener.class);
    FilePath workspace = context.get(FilePath.class);
    EnvVars env = context.get(EnvVars.class);
    StepCall call;
    try {
      call = StepCall.prepare(operation, arguments, new JenkinsCredentials(run), startedBy(run), env == null ? Map.of() : env);
    } catch (StagingProException e) {
      throw new AbortException(e.getMessage());
    }
    StepOutcome outcome = workspace.act(new RunOnAgent(call, listener));
    archive(outcome.runFiles(), run, workspace, context.get(Launcher.class), listener);
    if (!outcome.succeeded()) {
      throw new AbortException(outcome.failure().orElseThrow());
    }
    return outcome.value().orElseThrow();
  }

  /** Who may approve: the user who started the build, if one did. */
  private static String startedBy(Run<?, ?> run) {
    Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
    return cause == null ? null : cause.getUserId();
  }

  private static void archive(List<String> files, Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener)
      throws IOException, InterruptedException {
    if (files.isEmpty()) {
      return;
    }
    Map<String, String> artifacts = new LinkedHashMap<>();
    files.forEach(file -> artifacts.put(file, file));
    run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), artifacts);
    listener.getLogger().println("Archived " + files.size() + " file(s) from " + RunJournalFiles.FOLDER + "/");
  }
}
