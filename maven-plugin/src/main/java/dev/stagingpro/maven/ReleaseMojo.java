package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Apply the migrations, then deploy the theme; a failed apply leaves the theme alone.
 *
 * <p>{@code mvn stagingpro:release -Dstagingpro.environment=production -Dstagingpro.approve}
 */
@Mojo(name = "release", threadSafe = true, requiresProject = false)
public class ReleaseMojo extends AbstractStagingProMojo {
  public ReleaseMojo() {
    super(Operation.RELEASE);
  }
}
