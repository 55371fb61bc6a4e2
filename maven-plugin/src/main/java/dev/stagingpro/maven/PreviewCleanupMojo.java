package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Free a pull request's preview channel and delete its theme.
 *
 * <p>{@code mvn stagingpro:preview-cleanup -Dstagingpro.pr=42}
 */
@Mojo(name = "preview-cleanup", threadSafe = true, requiresProject = false)
public class PreviewCleanupMojo extends AbstractStagingProMojo {
  public PreviewCleanupMojo() {
    super(Operation.PREVIEW_CLEANUP);
  }
}
