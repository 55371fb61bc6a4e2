package org.jenkinsci.plugins.workflow.steps;

/** Stand-in (compile only): runs {@link #run} on a controller thread; its value is the step's result. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
  private static final long serialVersionUID = 1L;

  protected SynchronousNonBlockingStepExecution(StepContext context) {
    super(context);
  }

  protected abstract T run() throws Exception;

  @Override
  public final boolean start() throws Exception {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
