package dev.stagingpro.core.theme;

import static dev.stagingpro.core.theme.JsPatterns.DOT;
import static dev.stagingpro.core.theme.JsPatterns.S;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import tree of one stylesheet as the Stencil CLI (stencil-styles) collects it for
 * {@code parsed/scss/*.json} and for compiling: only {@code @import "x";} statements, keys are the
 * import path as written plus the extension (relative to the stylesheet folder, joined with the
 * importing file's folder), resolved as {@code x.scss}, {@code _x.scss}, then {@code x.css};
 * imports that resolve to nothing are skipped. Paths may climb into {@code node_modules}: this is
 * the only place the bundler reads it.
 */
final class StylesheetImports {
  /** One collected file: where it really is (relative to the theme) and its text. */
  record Source(String path, String content) {}

  private static final Pattern IMPORT = Pattern.compile("@import" + S + "+?[\"'](" + DOT + "+?)[\"'];");

  private StylesheetImports() {}

  /**
   * @param baseDir the stylesheet folder relative to the theme ({@code assets/scss})
   * @param extension {@code .scss} or {@code .css}
   * @param unresolved told about each import that resolved to nothing (path relative to the theme)
   */
  static Map<String, Source> collect(Theme theme, String baseDir, String file, String extension, Consumer<String> unresolved) {
    Map<String, Source> files = new LinkedHashMap<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(PosixPaths.join(PosixPaths.dir(file), PosixPaths.stem(file)));
    while (!pending.isEmpty()) {
      String alias = pending.poll();
      String normalized = alias.endsWith(".scss") ? alias.substring(0, alias.length() - ".scss".length()) : alias;
      String key = normalized + extension;
      if (files.containsKey(key)) {
        continue;
      }
      Optional<Source> content = resolve(theme, baseDir, normalized, extension);
      if (content.isEmpty()) {
        unresolved.accept(PosixPaths.join(baseDir, normalized + extension));
        continue;
      }
      files.put(key, content.get());
      String aliasDir = PosixPaths.dir(normalized);
      Matcher imports = IMPORT.matcher(content.get().content());
      while (imports.find()) {
        String imported = imports.group(1);
        pending.add(aliasDir.isEmpty() ? imported : PosixPaths.join(aliasDir, imported));
      }
    }
    return files;
  }

  private static Optional<Source> resolve(Theme theme, String baseDir, String alias, String extension) {
    String typed = PosixPaths.join(baseDir, alias + extension);
    if (PosixPaths.escapes(typed)) {
      return Optional.empty();
    }
    String underscored = PosixPaths.join(PosixPaths.dir(typed), "_" + PosixPaths.base(typed));
    List<String> candidates = extension.equals(".scss")
        ? List.of(typed, underscored, PosixPaths.join(baseDir, alias + ".css"))
        : List.of(typed, underscored);
    for (String candidate : candidates) {
      if (theme.files().isFile(candidate)) {
        return theme.text(candidate).map(text -> new Source(candidate, text));
      }
    }
    return Optional.empty();
  }
}
