package jenkins;

import hudson.FilePath;

/** Stand-in (compile only): a file callable the controller may send to an agent. */
public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {
  private static final long serialVersionUID = 1L;
}
