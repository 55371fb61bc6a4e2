package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Re-activate an earlier deployment's theme.
 *
 * <p>{@code mvn stagingpro:rollback -Dstagingpro.environment=staging -Dstagingpro.entry=3}
 */
@Mojo(name = "rollback", threadSafe = true, requiresProject = false)
public class RollbackMojo extends AbstractStagingProMojo {
  public RollbackMojo() {
    super(Operation.ROLLBACK);
  }
}
