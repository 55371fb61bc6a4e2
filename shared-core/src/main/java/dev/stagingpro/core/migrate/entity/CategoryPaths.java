package dev.stagingpro.core.migrate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A category's natural key is its path of names from the top of its tree, joined by {@code /}
 * ({@code Shop All/Kitchen}). A {@code /} or {@code \} inside a name is escaped with {@code \}, so
 * every path splits back into the names it was made of.
 */
public final class CategoryPaths {
  private CategoryPaths() {}

  public static String child(String parentPath, String name) {
    String escaped = name.replace("\\", "\\\\").replace("/", "\\/");
    return parentPath == null || parentPath.isEmpty() ? escaped : parentPath + "/" + escaped;
  }

  /** The names from the top down. */
  public static List<String> names(String path) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        current.append(path.charAt(++i));
      } else if (c == '/') {
        names.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    names.add(current.toString());
    return names;
  }

  /** The parent's path; empty for a top-level category. */
  public static Optional<String> parent(String path) {
    List<String> names = names(path);
    if (names.size() < 2) {
      return Optional.empty();
    }
    String parent = null;
    for (String name : names.subList(0, names.size() - 1)) {
      parent = child(parent, name);
    }
    return Optional.of(parent);
  }

  public static String name(String path) {
    List<String> names = names(path);
    return names.get(names.size() - 1);
  }

  /** 1 for a top-level category. */
  public static int depth(String path) {
    return names(path).size();
  }

  /** The path itself and every ancestor's, top first. */
  public static List<String> withAncestors(String path) {
    List<String> paths = new ArrayList<>();
    String current = null;
    for (String name : names(path)) {
      current = child(current, name);
      paths.add(current);
    }
    return paths;
  }
}
