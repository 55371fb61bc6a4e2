package dev.stagingpro.core.theme;

import dev.stagingpro.core.git.SourceTree;
import java.nio.charset.StandardCharsets;
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
  private volatile TemplateCatalog templates;
  private volatile TemplateGraph graph;

  /**
   * @param displayPrefix how problems name the theme folder, e.g. {@code "examples/shop/theme/"}
   */
  public Theme(SourceTree files, String displayPrefix) {
    this.files = files;
    this.displayPrefix = displayPrefix;
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
    TemplateCatalog catalog = templates;
    if (catalog == null) {
      synchronized (this) {
        if (templates == null) {
          templates = TemplateCatalog.read(this);
        }
        catalog = templates;
      }
    }
    return catalog;
  }

  TemplateGraph graph() {
    TemplateGraph result = graph;
    if (result == null) {
      synchronized (this) {
        if (graph == null) {
          graph = TemplateGraph.build(this);
        }
        result = graph;
      }
    }
    return result;
  }
}
