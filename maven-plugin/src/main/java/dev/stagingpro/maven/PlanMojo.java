package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Classify every record the migrations would touch; change nothing.
 *
 * <p>{@code mvn stagingpro:plan -Dstagingpro.migration=catalogue -Dstagingpro.out=target/catalogue.plan.json}
 */
@Mojo(name = "plan", threadSafe = true, requiresProject = false)
public class PlanMojo extends AbstractStagingProMojo {
  public PlanMojo() {
    super(Operation.PLAN);
  }
}
