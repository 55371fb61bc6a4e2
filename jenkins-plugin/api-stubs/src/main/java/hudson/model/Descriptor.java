package hudson.model;

/** Stand-in (compile only). */
public abstract class Descriptor<T extends Describable<T>> {
  protected Descriptor() {}

  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
