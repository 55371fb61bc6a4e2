package hudson.model;

/** Stand-in (compile only). */
public abstract class Cause {
  /** A build started by a user. */
  public static class UserIdCause extends Cause {
    public String getUserId() {
      throw new UnsupportedOperationException("compile-only stand-in");
    }
  }
}
