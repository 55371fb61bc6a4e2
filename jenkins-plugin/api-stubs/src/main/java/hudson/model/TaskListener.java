package hudson.model;

import java.io.PrintStream;
import java.io.Serializable;

/** Stand-in (compile only): a build log; remotable, so agents can write to it. */
public interface TaskListener extends Serializable {
  PrintStream getLogger();
}
