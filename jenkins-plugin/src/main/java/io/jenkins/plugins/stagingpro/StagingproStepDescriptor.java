package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ci.StepArguments;
import dev.stagingpro.core.ops.Operation;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** Names a step after its operation (the core's {@link Operation#step()}) and builds it from Pipeline arguments. */
public abstract class StagingproStepDescriptor extends StepDescriptor {
  private final Operation operation;

  protected StagingproStepDescriptor(Operation operation) {
    this.operation = operation;
  }

  @Override
  public String getFunctionName() {
    return operation.step();
  }

  @Override
  public String getDisplayName() {
    return "StagingPro " + operation.cliName() + ": " + operation.summary();
  }

  /** Every step reads the workspace (the manifest) and may archive run journals, so it needs a node. */
  @Override
  public Set<? extends Class<?>> getRequiredContext() {
    return Set.of(Run.class, TaskListener.class, FilePath.class, Launcher.class);
  }

  /** Jenkins does not bind map-typed parameters, so the two credential maps bypass the data binding. */
  @Override
  public Step newInstance(Map<String, Object> arguments) throws Exception {
    Map<String, Object> bound = new LinkedHashMap<>(arguments);
    Object credentials = bound.remove(StepArguments.CREDENTIALS);
    Object b2bCredentials = bound.remove(StepArguments.B2B_CREDENTIALS);
    StagingproStep step = (StagingproStep) super.newInstance(bound);
    if (credentials != null) {
      step.setCredentials(credentials);
    }
    if (b2bCredentials != null) {
      step.setB2bCredentials(b2bCredentials);
    }
    return step;
  }
}
