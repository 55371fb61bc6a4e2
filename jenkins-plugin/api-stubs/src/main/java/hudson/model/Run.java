package hudson.model;

import java.io.IOException;
import jenkins.model.ArtifactManager;

/** Stand-in (compile only): one build. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
  public <T extends Cause> T getCause(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  public final synchronized ArtifactManager pickArtifactManager() throws IOException {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
