package dev.stagingpro.core.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Files of this project that tests check (docs, examples), found from the module's working directory. */
final class ProjectFiles {
  private ProjectFiles() {}

  /** The checkout's root: the nearest folder above the working directory that holds the Maven wrapper. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static String read(String relative) {
    try {
      return Files.readString(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fenced code blocks of a Markdown file, in order, as (language, text) pairs: the docs'
   * examples are tested as written.
   */
  static List<CodeBlock> codeBlocks(String markdown) {
    List<CodeBlock> blocks = new ArrayList<>();
    String language = null;
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        if (language == null) {
          language = line.substring(3).trim();
          text.setLength(0);
        } else {
          blocks.add(new CodeBlock(language, text.toString()));
          language = null;
        }
      } else if (language != null) {
        text.append(line).append('\n');
      }
    }
    return blocks;
  }

  record CodeBlock(String language, String text) {}
}
