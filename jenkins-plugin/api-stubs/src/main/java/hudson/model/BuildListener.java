package hudson.model;

/** Stand-in (compile only). */
public interface BuildListener extends TaskListener {}
