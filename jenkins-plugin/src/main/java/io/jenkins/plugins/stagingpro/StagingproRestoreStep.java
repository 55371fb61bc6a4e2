package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproRestore}: {@link Operation#RESTORE}. */
public class StagingproRestoreStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproRestoreStep() {
    super(Operation.RESTORE);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.RESTORE);
    }
  }
}
