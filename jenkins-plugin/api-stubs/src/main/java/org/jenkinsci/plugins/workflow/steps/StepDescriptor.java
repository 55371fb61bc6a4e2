package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Map;
import java.util.Set;

/** Stand-in (compile only). */
public abstract class StepDescriptor extends Descriptor<Step> {
  public abstract Set<? extends Class<?>> getRequiredContext();

  public abstract String getFunctionName();

  public Step newInstance(Map<String, Object> arguments) throws Exception {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
