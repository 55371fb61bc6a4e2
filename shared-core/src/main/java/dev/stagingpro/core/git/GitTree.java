package dev.stagingpro.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * A folder inside one commit, read straight from the object database (no checkout). Folders are
 * listed lazily, one level at a time, so folders nobody asks for (such as a committed
 * {@code node_modules}) are never walked.
 */
public final class GitTree implements SourceTree {
  private record Node(ObjectId id, FileMode mode) {}

  private final Repository repository;
  private final ObjectId rootTree;
  private final String label;
  private final Map<String, Map<String, Node>> folders = new ConcurrentHashMap<>();

  GitTree(Repository repository, ObjectId rootTree, String label) {
    this.repository = repository;
    this.rootTree = rootTree;
    this.label = label;
  }

  @Override
  public List<TreeEntry> list(String dir) {
    Map<String, Node> children = folder(dir);
    List<TreeEntry> entries = new ArrayList<>(children.size());
    children.forEach((name, node) -> entries.add(new TreeEntry(name, kindOf(node.mode()))));
    return entries;
  }

  @Override
  public Optional<byte[]> read(String path) {
    Optional<Node> node = node(path);
    if (node.isEmpty() || kindOf(node.get().mode()) != TreeEntry.Kind.FILE) {
      return Optional.empty();
    }
    try (ObjectReader reader = repository.newObjectReader()) {
      return Optional.of(reader.open(node.get().id(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " from " + label, e);
    }
  }

  @Override
  public Optional<TreeEntry.Kind> kind(String path) {
    if (path.isEmpty()) {
      return Optional.of(TreeEntry.Kind.DIRECTORY);
    }
    return node(path).map(n -> kindOf(n.mode()));
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<Path> directory() {
    return Optional.empty();
  }

  private Optional<Node> node(String path) {
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? "" : path.substring(0, slash);
    return Optional.ofNullable(folder(parent).get(path.substring(slash + 1)));
  }

  private Map<String, Node> folder(String dir) {
    Map<String, Node> cached = folders.get(dir);
    if (cached != null) {
      return cached;
    }
    Optional<ObjectId> treeId;
    if (dir.isEmpty()) {
      treeId = Optional.of(rootTree);
    } else {
      treeId = node(dir).filter(n -> FileMode.TREE.equals(n.mode())).map(Node::id);
    }
    Map<String, Node> children = treeId.map(this::readTree).orElse(Map.of());
    folders.put(dir, children);
    return children;
  }

  private Map<String, Node> readTree(ObjectId treeId) {
    Map<String, Node> children = new TreeMap<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, treeId);
      while (!parser.eof()) {
        children.put(parser.getEntryPathString(), new Node(parser.getEntryObjectId(), parser.getEntryFileMode()));
        parser.next();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a folder of " + label, e);
    }
    return Collections.unmodifiableMap(children);
  }

  private static TreeEntry.Kind kindOf(FileMode mode) {
    if (FileMode.TREE.equals(mode)) {
      return TreeEntry.Kind.DIRECTORY;
    }
    if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
      return TreeEntry.Kind.FILE;
    }
    return FileMode.SYMLINK.equals(mode) ? TreeEntry.Kind.SYMLINK : TreeEntry.Kind.OTHER;
  }
}
