package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproReset}: {@link Operation#RESET}. */
public class StagingproResetStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproResetStep() {
    super(Operation.RESET);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.RESET);
    }
  }
}
