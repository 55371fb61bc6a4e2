package io.jenkins.plugins.stagingpro;

import dev.stagingpro.core.ops.Operation;
import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code stagingproThemeCopy}: {@link Operation#THEME_COPY}. */
public class StagingproThemeCopyStep extends StagingproStep {
  @DataBoundConstructor
  public StagingproThemeCopyStep() {
    super(Operation.THEME_COPY);
  }

  @Extension
  public static final class DescriptorImpl extends StagingproStepDescriptor {
    public DescriptorImpl() {
      super(Operation.THEME_COPY);
    }
  }
}
