package hudson;

import java.util.TreeMap;

/** Stand-in (compile only). */
public class EnvVars extends TreeMap<String, String> {
  private static final long serialVersionUID = 1L;
}
