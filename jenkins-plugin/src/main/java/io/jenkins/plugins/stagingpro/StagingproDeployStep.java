package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproDeploy}: {@link Operation#DEPLOY}. */
public class StagingproDeployStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproDeployStep() {
    super(Operation.DEPLOY);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.DEPLOY);
    }
  }
}
