package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproRelease}: {@link Operation#RELEASE}. */
public class StagingproReleaseStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproReleaseStep() {
    super(Operation.RELEASE);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.RELEASE);
    }
  }
}
