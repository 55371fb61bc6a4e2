package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ci.StepCall;
import dev.stagingpro.core.ci.StepOutcome;
import dev.stagingpro.core.ci.StepRunner;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.PrintStream;
import jenkins.MasterToSlaveFileCallable;

/** Runs the operation on the machine that holds the workspace, logging through the build's (remotable) listener. */
final class RunOnAgent extends MasterToSlaveFileCallable<StepOutcome> {
  private static final long serialVersionUID = 1L;

  private final StepCall call;
  private final TaskListener listener;

  RunOnAgent(StepCall call, TaskListener listener) {
    this.call = call;
    this.listener = listener;
  }

  @Override
  public StepOutcome invoke(File workspace, VirtualChannel channel) {
    PrintStream log = listener.getLogger();
    return StepRunner.standard().run(call, workspace.toPath(), log::println);
  }
}
