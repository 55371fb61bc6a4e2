package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproExport}: {@link Operation#EXPORT}. */
public class StagingproExportStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproExportStep() {
    super(Operation.EXPORT);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.EXPORT);
    }
  }
}
