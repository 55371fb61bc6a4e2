package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproBundle}: {@link Operation#BUNDLE}. */
public class StagingproBundleStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproBundleStep() {
    super(Operation.BUNDLE);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.BUNDLE);
    }
  }
}
