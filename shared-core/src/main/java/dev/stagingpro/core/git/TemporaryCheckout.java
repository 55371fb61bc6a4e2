package dev.stagingpro.core.git;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A commit's files written to a temporary folder, for work that needs real files (a theme's own
 * npm build) without touching the user's working tree. Symbolic links and submodules are not
 * written. Closing deletes the folder.
 */
public final class TemporaryCheckout implements AutoCloseable {
  private final Path root;

  private TemporaryCheckout(Path root) {
    this.root = root;
  }

  static TemporaryCheckout of(Repository repository, GitRepository.Commit commit) {
    Path root;
    try {
      root = Files.createTempDirectory("stagingpro-checkout-" + commit.shortSha() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for commit " + commit.sha(), e);
    }
    TemporaryCheckout checkout = new TemporaryCheckout(root);
    try (RevWalk revWalk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(revWalk.parseCommit(commit.id()).getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
          continue;
        }
        Path file = root.resolve(walk.getPathString());
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          reader.open(walk.getObjectId(0)).copyTo(out);
        }
        if (FileMode.EXECUTABLE_FILE.equals(mode)) {
          file.toFile().setExecutable(true);
        }
      }
      return checkout;
    } catch (IOException e) {
      checkout.close();
      throw new UncheckedIOException("cannot check out commit " + commit.sha() + " into " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  @Override
  public void close() {
    deleteRecursively(root);
  }

  /** Deletes a folder and everything in it, without following links. */
  public static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
