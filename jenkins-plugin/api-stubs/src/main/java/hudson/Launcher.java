package hudson;

/** Stand-in (compile only). */
public abstract class Launcher {}
