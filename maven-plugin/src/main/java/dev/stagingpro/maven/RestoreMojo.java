package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Put back what a migration run overwrote and delete what it created.
 *
 * <p>{@code mvn stagingpro:restore -Dstagingpro.runId=RUN}
 */
@Mojo(name = "restore", threadSafe = true, requiresProject = false)
public class RestoreMojo extends AbstractStagingProMojo {
  public RestoreMojo() {
    super(Operation.RESTORE);
  }
}
