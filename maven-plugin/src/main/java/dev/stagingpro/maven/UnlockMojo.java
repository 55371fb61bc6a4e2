package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Remove a stale migration lock from an environment.
 *
 * <p>{@code mvn stagingpro:unlock -Dstagingpro.environment=staging}
 */
@Mojo(name = "unlock", threadSafe = true, requiresProject = false)
public class UnlockMojo extends AbstractStagingProMojo {
  public UnlockMojo() {
    super(Operation.UNLOCK);
  }
}
