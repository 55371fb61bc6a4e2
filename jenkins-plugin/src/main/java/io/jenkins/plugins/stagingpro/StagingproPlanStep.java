package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproPlan}: {@link Operation#PLAN}. */
public class StagingproPlanStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproPlanStep() {
    super(Operation.PLAN);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.PLAN);
    }
  }
}
