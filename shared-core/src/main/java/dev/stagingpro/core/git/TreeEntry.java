package dev.stagingpro.core.git;

/** One child of a folder in a {@link SourceTree}: its name (no slashes) and what it is. */
public record TreeEntry(String name, Kind kind) {
  /** Symbolic links are reported as such and never followed, like the Stencil CLI's walker. */
  public enum Kind { FILE, DIRECTORY, SYMLINK, OTHER }

  public boolean isFile() {
    return kind == Kind.FILE;
  }

  public boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }
}
