package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsPatterns.S;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bit3.jsass.CompilationException;
import io.bit3.jsass.Compiler;
import io.bit3.jsass.Options;
import io.bit3.jsass.OutputStyle;
import io.bit3.jsass.importer.Import;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the stylesheets that templates link with {@code {{stylesheet '/assets/css/x.css'}}}, as
 * the store will: with the Stencil Sass functions, from the same import tree that goes into
 * {@code parsed/scss}. libsass (through jsass, whose jar carries the native library) runs offline;
 * the CLI uses libsass 3.5 (node-sass), jsass 5.11 libsass 3.6, which accept the same SCSS for
 * themes. Unlike the CLI, which compiles with the first variation only, every variation is
 * compiled, since the store compiles each. When the native library cannot load on this machine,
 * a warning says that SCSS was not compiled.
 */
final class ScssRules {
  private static final Pattern STYLESHEET = Pattern.compile("\\{\\{" + S + "*stylesheet" + S + "*([/a-zA-Z'\".-]+)" + S + "*", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");
  private static final String SCSS_DIR = "assets/scss";
  private static final String VIRTUAL_ROOT = "/" + SCSS_DIR + "/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScssRules() {}

  static void check(Theme theme, JsonNode config, List<ThemeProblem> problems) {
    Set<String> stylesheets = referencedStylesheets(theme, problems);
    if (stylesheets.isEmpty()) {
      return;
    }
    Compiler compiler;
    try {
      compiler = new Compiler();
    } catch (LinkageError e) {
      problems.add(ThemeProblem.warning(SCSS_DIR, 0, 0, "SCSS is not compiled: the Sass compiler (libsass) cannot load on this"
          + " machine (" + e.getMessage() + "); the store will report SCSS errors on upload instead"));
      return;
    }
    JsonNode variations = config.path("variations");
    for (String stylesheet : stylesheets) {
      Set<String> reported = new LinkedHashSet<>();
      for (int i = 0; i < Math.max(variations.size(), 1); i++) {
        JsonNode variation = variations.path(i);
        compile(theme, compiler, stylesheet, settingsOf(config, variation), variation.path("name").asText("default"), reported, problems);
      }
    }
  }

  /** Stylesheet paths relative to assets/scss (e.g. {@code theme.scss}) that templates link. */
  private static Set<String> referencedStylesheets(Theme theme, List<ThemeProblem> problems) {
    Set<String> found = new LinkedHashSet<>();
    for (Map.Entry<String, String> template : theme.templates().sources().entrySet()) {
      // The CLI only looks at HTML text nodes; leaving out comments is what that changes in practice.
      Matcher stylesheet = STYLESHEET.matcher(HTML_COMMENT.matcher(template.getValue()).replaceAll(""));
      while (stylesheet.find()) {
        String quoted = stylesheet.group(1);
        String path = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
        resolve(theme, path).ifPresentOrElse(resolved -> resolved.ifPresent(found::add),
            () -> problems.add(ThemeProblem.warning(TemplateCatalog.fileOf(template.getKey()), 0, 0,
                "stylesheet '" + path + "' not found under assets/scss or assets/css; its SCSS is not compiled")));
      }
    }
    return found;
  }

  /** Empty when nothing is there; an empty inner optional for plain CSS, which needs no compiling. */
  private static Optional<Optional<String>> resolve(Theme theme, String path) {
    List<String> locations = List.of(path, path.replace("/css/", "/scss/"), path.replace("/scss/", "/css/"),
        path.replace("/css/", "/scss/").replace(".css", ".scss"), path.replace("/scss/", "/css/").replace(".scss", ".css"));
    for (String location : locations) {
      String relative = PosixPaths.normalize(location.startsWith("/") ? location.substring(1) : location);
      if (PosixPaths.escapes(relative) || !theme.files().isFile(relative)) {
        continue;
      }
      if (relative.endsWith(".css")) {
        return Optional.of(Optional.empty());
      }
      String[] parts = relative.split("/");
      String inRoot = parts.length <= 3 ? PosixPaths.stem(relative) + ".scss" : String.join("/", List.of(parts).subList(2, parts.length));
      return Optional.of(Optional.of(inRoot));
    }
    return Optional.empty();
  }

  private static JsonNode settingsOf(JsonNode config, JsonNode variation) {
    ObjectNode merged = config.path("settings").isObject() ? ((ObjectNode) config.get("settings")).deepCopy() : JSON.createObjectNode();
    if (variation.path("settings").isObject()) {
      merged.setAll((ObjectNode) variation.get("settings"));
    }
    return merged;
  }

  private static void compile(Theme theme, Compiler compiler, String stylesheet, JsonNode settings, String variation,
      Set<String> reported, List<ThemeProblem> problems) {
    Map<String, StylesheetImports.Source> files = StylesheetImports.collect(theme, SCSS_DIR, stylesheet, ".scss", missing -> {});
    String key = PosixPaths.join(PosixPaths.dir(stylesheet), PosixPaths.stem(stylesheet)) + ".scss";
    StylesheetImports.Source main = files.get(key);
    if (main == null) {
      return;
    }
    Options options = new Options();
    options.setOutputStyle(OutputStyle.COMPRESSED);
    options.getFunctionProviders().add(new StencilSassFunctions(settings));
    options.getImporters().add((url, previous) -> importFrom(files, url, previous));
    try {
      compiler.compileString(main.content(), URI.create(VIRTUAL_ROOT + key), URI.create("/assets/css/" + key), options);
    } catch (CompilationException e) {
      ThemeProblem problem = problemOf(e, files, main.path(), variation);
      if (reported.add(problem.file() + ":" + problem.line() + ":" + problem.column() + ":" + e.getErrorMessage())) {
        problems.add(problem);
      }
    }
  }

  /** The CLI's importer: only files of the collected import tree, relative to the importing file. */
  private static Collection<Import> importFrom(Map<String, StylesheetImports.Source> files, String url, Import previous) {
    if (url.endsWith(".css") || url.startsWith("http:") || url.startsWith("https:") || url.startsWith("url(")) {
      return null;
    }
    String file = url.endsWith(".scss") ? url : url + ".scss";
    String previousKey = previous.getAbsoluteUri().getPath().substring(VIRTUAL_ROOT.length());
    String key = PosixPaths.join(PosixPaths.dir(previousKey), file);
    StylesheetImports.Source source = files.get(key);
    if (source == null) {
      throw new IllegalStateException(key + " doesn't exist!");
    }
    List<Import> imports = new ArrayList<>();
    imports.add(new Import(URI.create(url), URI.create(VIRTUAL_ROOT + key), source.content()));
    return imports;
  }

  private static ThemeProblem problemOf(CompilationException e, Map<String, StylesheetImports.Source> files, String mainPath, String variation) {
    String file = mainPath;
    int line = 0;
    int column = 0;
    String message = Optional.ofNullable(e.getErrorText()).orElse(e.getMessage()).strip();
    try {
      JsonNode error = JSON.readTree(e.getErrorJson());
      line = error.path("line").asInt(0);
      column = error.path("column").asInt(0);
      message = error.path("message").asText(message);
      String errorFile = error.path("file").asText("");
      if (errorFile.startsWith(VIRTUAL_ROOT) && files.containsKey(errorFile.substring(VIRTUAL_ROOT.length()))) {
        file = files.get(errorFile.substring(VIRTUAL_ROOT.length())).path();
      }
    } catch (Exception ignored) {
      // The message alone still says what is wrong.
    }
    return ThemeProblem.error(file, line, column, "SCSS does not compile (variation " + variation + "): " + message);
  }
}
