package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Upload the theme, wait for the job, activate it on the environment's channels.
 *
 * <p>{@code mvn stagingpro:deploy -Dstagingpro.environment=staging}
 */
@Mojo(name = "deploy", threadSafe = true, requiresProject = false)
public class DeployMojo extends AbstractStagingProMojo {
  public DeployMojo() {
    super(Operation.DEPLOY);
  }
}
