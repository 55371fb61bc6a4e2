package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproRollback}: {@link Operation#ROLLBACK}. */
public class StagingproRollbackStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproRollbackStep() {
    super(Operation.ROLLBACK);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.ROLLBACK);
    }
  }
}
