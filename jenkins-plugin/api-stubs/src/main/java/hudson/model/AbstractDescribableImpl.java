package hudson.model;

/** Stand-in (compile only). */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
  @Override
  public Descriptor<T> getDescriptor() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
