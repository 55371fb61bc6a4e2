package hudson.remoting;

/** Stand-in (compile only). */
public interface VirtualChannel {}
