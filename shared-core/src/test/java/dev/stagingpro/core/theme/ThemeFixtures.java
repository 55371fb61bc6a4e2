package dev.stagingpro.core.theme;

import dev.stagingpro.core.git.DirectoryTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test themes on disk: copies of the example and edge-case themes, and small edits to them. */
final class ThemeFixtures {
  /** The shared-core module folder (tests run with it as working directory). */
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path DEMO = MODULE.resolve("../examples/demo-store/theme").normalize();
  static final Path GOLDEN = MODULE.resolve("src/test/resources/golden");
  static final Path EDGE = GOLDEN.resolve("themes/edge");

  private ThemeFixtures() {}

  static Path copy(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path theme, String path, String content) {
    try {
      Path file = theme.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path theme, String path) {
    try {
      return Files.readString(theme.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void replace(Path theme, String path, String from, String to) {
    String content = read(theme, path);
    if (!content.contains(from)) {
      throw new IllegalArgumentException(path + " does not contain " + from);
    }
    write(theme, path, content.replace(from, to));
  }

  static void delete(Path theme, String path) {
    try {
      Files.delete(theme.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Theme theme(Path dir) {
    return new Theme(new DirectoryTree(dir), "theme/");
  }
}
