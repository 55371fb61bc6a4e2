package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * List recorded deployments and migrations of an environment.
 *
 * <p>{@code mvn stagingpro:history -Dstagingpro.environment=production}
 */
@Mojo(name = "history", threadSafe = true, requiresProject = false)
public class HistoryMojo extends AbstractStagingProMojo {
  public HistoryMojo() {
    super(Operation.HISTORY);
  }
}
