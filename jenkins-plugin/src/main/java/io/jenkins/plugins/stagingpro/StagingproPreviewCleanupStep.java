package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproPreviewCleanup}: {@link Operation#PREVIEW_CLEANUP}. */
public class StagingproPreviewCleanupStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproPreviewCleanupStep() {
    super(Operation.PREVIEW_CLEANUP);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.PREVIEW_CLEANUP);
    }
  }
}
