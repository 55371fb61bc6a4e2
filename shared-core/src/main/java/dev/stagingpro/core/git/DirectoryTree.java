package dev.stagingpro.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A folder on disk as a {@link SourceTree}. Links are reported, never followed. */
public final class DirectoryTree implements SourceTree {
  private final Path root;

  public DirectoryTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public List<TreeEntry> list(String dir) {
    Path folder = resolve(dir);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<TreeEntry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path child : stream) {
        entries.add(new TreeEntry(child.getFileName().toString(), kindOf(child).orElse(TreeEntry.Kind.OTHER)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    entries.sort(Comparator.comparing(TreeEntry::name));
    return entries;
  }

  @Override
  public Optional<byte[]> read(String path) {
    Path file = resolve(path);
    if (!isFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public Optional<TreeEntry.Kind> kind(String path) {
    return kindOf(resolve(path));
  }

  @Override
  public String label() {
    return "working tree " + root;
  }

  @Override
  public Optional<Path> directory() {
    return Optional.of(root);
  }

  private Path resolve(String path) {
    return path.isEmpty() ? root : root.resolve(path);
  }

  private static Optional<TreeEntry.Kind> kindOf(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isSymbolicLink()) {
        return Optional.of(TreeEntry.Kind.SYMLINK);
      }
      if (attributes.isDirectory()) {
        return Optional.of(TreeEntry.Kind.DIRECTORY);
      }
      return Optional.of(attributes.isRegularFile() ? TreeEntry.Kind.FILE : TreeEntry.Kind.OTHER);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inspect " + path, e);
    }
  }
}
