package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Write store data as reviewable files.
 *
 * <p>{@code mvn stagingpro:export -Dstagingpro.environment=staging -Dstagingpro.out=data}
 */
@Mojo(name = "export", threadSafe = true, requiresProject = false)
public class ExportMojo extends AbstractStagingProMojo {
  public ExportMojo() {
    super(Operation.EXPORT);
  }
}
