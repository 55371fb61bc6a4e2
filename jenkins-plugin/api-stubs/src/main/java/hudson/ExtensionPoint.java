package hudson;

/** Stand-in (compile only). */
public interface ExtensionPoint {}
