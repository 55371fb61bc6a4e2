package dev.stagingpro.action;

import dev.stagingpro.core.ops.OperationRunner;
import java.time.Clock;

/** The container's entrypoint: the runner starts it with the inputs and context in the environment. */
public final class ActionMain {
  private ActionMain() {}

  public static void main(String[] args) {
    int exitCode = new ActionRun(ActionEnvironment.system(), System.out, OperationRunner.standard(), Clock.systemUTC()).run();
    System.exit(exitCode);
  }
}
