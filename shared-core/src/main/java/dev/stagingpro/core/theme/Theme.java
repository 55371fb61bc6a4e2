package dev.stagingpro.core.theme;

import dev.stagingpro.core.git.DirectoryTree;
import dev.stagingpro.core.git.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Stencil theme as found in a {@link SourceTree} (working tree or commit). Reads are cached,
 * so validation and bundling look at every file once.
 */
public final class Theme {
  static final String CONFIG = "config.json";
  static final String SCHEMA = "schema.json";
  static final String SCHEMA_TRANSLATIONS = "schemaTranslations.json";
  static final String TEMPLATES = "templates";
  static final String LANG = "lang";
  static final String META = "meta";

  /** A JSON file: parsed, or why it could not be. */
  record Json(String path, JsonDocument document, JsonDocument.Malformed malformed) {
    boolean ok() {
      return document != null;
    }
  }

  private final SourceTree files;
  private final String displayPrefix;
  private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
  private final Map<String, Optional<Json>> jsons = new ConcurrentHashMap<>();
  private final Lazy<TemplateCatalog> templates = new Lazy<>(() -> TemplateCatalog.read(this));
  private final Lazy<TemplateGraph> graph = new Lazy<>(() -> TemplateGraph.build(this));

  /**
   * @param displayPrefix how problems name the theme folder, e.g. {@code "examples/shop/theme/"}
   */
  public Theme(SourceTree files, String displayPrefix) {
    this.files = files;
    this.displayPrefix = displayPrefix;
  }

  /** The theme folder as it is on disk in the repository's working tree. */
  public static Theme inWorkingTree(Path repoRoot, Path themeDir) {
    return new Theme(new DirectoryTree(themeDir), displayPrefix(repoRoot, themeDir));
  }

  /** How problems name a theme folder: its path in the repository with a trailing slash. */
  public static String displayPrefix(Path repoRoot, Path themeDir) {
    String relative = repoRoot.relativize(themeDir).toString().replace('\\', '/');
    return relative.isEmpty() ? "" : relative + "/";
  }

  public SourceTree files() {
    return files;
  }

  public String displayPrefix() {
    return displayPrefix;
  }

  /** A file decoded as UTF-8 (invalid bytes become U+FFFD, as Node reads them). */
  Optional<String> text(String path) {
    return texts.computeIfAbsent(path, p -> files.read(p).map(bytes -> new String(bytes, StandardCharsets.UTF_8)));
  }

  /** A JSON file, parsed once; empty when the file does not exist. */
  Optional<Json> json(String path) {
    return jsons.computeIfAbsent(path, p -> text(p).map(text -> {
      try {
        return new Json(p, JsonDocument.parse(text), null);
      } catch (JsonDocument.Malformed e) {
        return new Json(p, null, e);
      }
    }));
  }

  TemplateCatalog templates() {
    return templates.get();
  }

  TemplateGraph graph() {
    return graph.get();
  }

  /** Computed on first use, once, even when asked from several threads. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> compute;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> compute) {
      this.compute = compute;
    }

    T get() {
      T result = value;
      if (result == null) {
        synchronized (this) {
          if (value == null) {
            value = compute.get();
          }
          result = value;
        }
      }
      return result;
    }
  }
}
