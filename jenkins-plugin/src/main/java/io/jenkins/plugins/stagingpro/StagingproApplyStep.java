package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproApply}: {@link Operation#APPLY}. */
public class StagingproApplyStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproApplyStep() {
    super(Operation.APPLY);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.APPLY);
    }
  }
}
