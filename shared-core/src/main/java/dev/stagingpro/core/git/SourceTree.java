package dev.stagingpro.core.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A read-only folder of files addressed by relative paths with {@code /} separators: either a
 * folder on disk (the working tree) or a tree inside a Git commit. The theme code reads everything
 * through this, so bundling a commit needs no checkout unless a build has to run.
 */
public interface SourceTree {
  /** The children of {@code dir} ("" is the root), sorted by name; empty when it is not a folder. */
  List<TreeEntry> list(String dir);

  /** The bytes of a regular file, or empty when {@code path} is not one (symlinks count as absent). */
  Optional<byte[]> read(String path);

  /** What {@code path} is, or empty when nothing is there. */
  Optional<TreeEntry.Kind> kind(String path);

  /** For people: "working tree /x/y" or "commit 1a2b3c4". */
  String label();

  /** The folder on disk behind this tree, when there is one (builds and Sass need a real folder). */
  Optional<Path> directory();

  default boolean isFile(String path) {
    return kind(path).filter(k -> k == TreeEntry.Kind.FILE).isPresent();
  }

  default boolean isDirectory(String path) {
    return kind(path).filter(k -> k == TreeEntry.Kind.DIRECTORY).isPresent();
  }

  /** Joins relative path parts with {@code /}, skipping empty ones. */
  static String join(String dir, String name) {
    if (dir.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? dir : dir + "/" + name;
  }
}
