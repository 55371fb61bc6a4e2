package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Apply the migrations (or exactly a saved plan).
 *
 * <p>{@code mvn stagingpro:apply -Dstagingpro.plan=target/catalogue.plan.json}
 */
@Mojo(name = "apply", threadSafe = true, requiresProject = false)
public class ApplyMojo extends AbstractStagingProMojo {
  public ApplyMojo() {
    super(Operation.APPLY);
  }
}
