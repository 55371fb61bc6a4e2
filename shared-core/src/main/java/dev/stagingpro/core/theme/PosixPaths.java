package dev.stagingpro.core.theme;

import java.util.ArrayDeque;
import java.util.Deque;

/** Node's {@code path.posix.join/normalize/parse} for relative paths, as the Stencil CLI uses them. */
final class PosixPaths {
  private PosixPaths() {}

  static String join(String first, String second) {
    if (first.isEmpty()) {
      return normalize(second);
    }
    return second.isEmpty() ? normalize(first) : normalize(first + "/" + second);
  }

  /** Collapses {@code //}, {@code .} and {@code ..} (leading {@code ..} stay); "" becomes ".". */
  static String normalize(String path) {
    boolean absolute = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else if (!(part.equals("..") && absolute)) {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (absolute) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** The folder part ("" when there is none), like {@code path.parse(p).dir}. */
  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The last segment. */
  static String base(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The last segment without its extension, like {@code path.parse(p).name}. */
  static String stem(String path) {
    String base = base(path);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? base : base.substring(0, dot);
  }

  /** Whether a normalized relative path climbs above its starting folder. */
  static boolean escapes(String normalized) {
    return normalized.equals("..") || normalized.startsWith("../") || normalized.startsWith("/");
  }
}
