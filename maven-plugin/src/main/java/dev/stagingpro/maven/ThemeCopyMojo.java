package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Copy the active theme of one environment to another.
 *
 * <p>{@code mvn stagingpro:theme-copy -Dstagingpro.from=production -Dstagingpro.to=staging}
 */
@Mojo(name = "theme-copy", threadSafe = true, requiresProject = false)
public class ThemeCopyMojo extends AbstractStagingProMojo {
  public ThemeCopyMojo() {
    super(Operation.THEME_COPY);
  }
}
