package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproHistory}: {@link Operation#HISTORY}. */
public class StagingproHistoryStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproHistoryStep() {
    super(Operation.HISTORY);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.HISTORY);
    }
  }
}
