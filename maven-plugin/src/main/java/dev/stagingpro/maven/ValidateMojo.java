package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Check the manifest (and theme) and print the resolved declaration. Unset secrets are reported too.
 *
 * <p>{@code mvn stagingpro:validate}
 */
@Mojo(name = "validate", threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractStagingProMojo {
  public ValidateMojo() {
    super(Operation.VALIDATE);
  }
}
