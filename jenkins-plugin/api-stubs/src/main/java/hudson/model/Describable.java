package hudson.model;

/** Stand-in (compile only). */
public interface Describable<T extends Describable<T>> {
  Descriptor<T> getDescriptor();
}
