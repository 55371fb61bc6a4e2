package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Empty entities of a sandbox or staging store (never a protected one).
 *
 * <p>{@code mvn stagingpro:reset -Dstagingpro.environment=dev -Dstagingpro.entities=products,categories}
 */
@Mojo(name = "reset", threadSafe = true, requiresProject = false)
public class ResetMojo extends AbstractStagingProMojo {
  public ResetMojo() {
    super(Operation.RESET);
  }
}
