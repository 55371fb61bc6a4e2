package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;

/** Stand-in (compile only). */
public final class BuildListenerAdapter {
  private BuildListenerAdapter() {}

  public static BuildListener wrap(TaskListener l) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
