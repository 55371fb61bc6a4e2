package hudson;

import java.io.IOException;

/** Stand-in (compile only): fails a build with a message and no stack trace. */
public final class AbortException extends IOException {
  private static final long serialVersionUID = 1L;

  public AbortException(String message) {
    super(message);
  }
}
