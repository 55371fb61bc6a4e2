package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproValidate}: {@link Operation#VALIDATE}. */
public class StagingproValidateStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproValidateStep() {
    super(Operation.VALIDATE);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.VALIDATE);
    }
  }
}
