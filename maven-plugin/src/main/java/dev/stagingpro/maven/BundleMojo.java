package dev.stagingpro.maven;

import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Build the Stencil theme zip from a Git ref or the working tree. Bound to {@code package}, it
 * attaches the zip to the project (classifier {@code theme}, type {@code zip}), so {@code mvn
 * install} and {@code mvn deploy} publish it like any other artifact.
 *
 * <p>{@code mvn stagingpro:bundle}
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BundleMojo extends AbstractStagingProMojo {
  static final String CLASSIFIER = "theme";
  static final String TYPE = "zip";

  /** Attaches the zip to the project; set false to only build it. */
  @Parameter(property = "stagingpro.attach", defaultValue = "true")
  boolean attach;

  /** Where the zip goes when stagingpro.out is not given. */
  @Parameter(defaultValue = "${project.build.directory}/${project.build.finalName}-theme.zip", readonly = true)
  File defaultBundle;

  @Component
  MavenProjectHelper projectHelper;

  public BundleMojo() {
    super(Operation.BUNDLE);
  }

  @Override
  protected void completeRequest(OperationRequest.Builder request) {
    if (out == null && defaultBundle != null) {
      request.out(defaultBundle.toPath());
    }
  }

  @Override
  protected void afterSuccess(OperationResult result) throws MojoExecutionException {
    // a stand-alone run (no pom.xml) has no project artifact to attach to
    if (!attach || project == null || project.getFile() == null) {
      return;
    }
    String bundle = result.outputs().get("bundle");
    if (bundle == null) {
      throw new MojoExecutionException("StagingPro bundle gave no 'bundle' output, so there is nothing to attach");
    }
    projectHelper.attachArtifact(project, TYPE, CLASSIFIER, new File(bundle));
    getLog().info("Attached " + bundle + " as " + project.getArtifactId() + ":" + TYPE + ":" + CLASSIFIER);
  }
}
