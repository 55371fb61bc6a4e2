package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Deploy the theme to a prelaunch preview channel for a pull request; the link is in the project property stagingpro.output.preview-url.
 *
 * <p>{@code mvn stagingpro:preview -Dstagingpro.pr=42}
 */
@Mojo(name = "preview", threadSafe = true, requiresProject = false)
public class PreviewMojo extends AbstractStagingProMojo {
  public PreviewMojo() {
    super(Operation.PREVIEW);
  }
}
