package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproPreview}: {@link Operation#PREVIEW}. */
public class StagingproPreviewStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproPreviewStep() {
    super(Operation.PREVIEW);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.PREVIEW);
    }
  }
}
