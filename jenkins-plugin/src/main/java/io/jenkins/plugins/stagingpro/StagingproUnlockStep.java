package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproUnlock}: {@link Operation#UNLOCK}. */
public class StagingproUnlockStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproUnlockStep() {
    super(Operation.UNLOCK);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.UNLOCK);
    }
  }
}
