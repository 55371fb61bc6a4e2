package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Stand-in (compile only). */
public abstract class StepExecution implements Serializable {
  private static final long serialVersionUID = 1L;

  protected StepExecution(StepContext context) {}

  public StepContext getContext() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  public abstract boolean start() throws Exception;
}
