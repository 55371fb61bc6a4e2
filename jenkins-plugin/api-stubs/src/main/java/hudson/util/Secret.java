package hudson.util;

import java.io.Serializable;

/** Stand-in (compile only). */
public final class Secret implements Serializable {
  private static final long serialVersionUID = 1L;

  public String getPlainText() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
