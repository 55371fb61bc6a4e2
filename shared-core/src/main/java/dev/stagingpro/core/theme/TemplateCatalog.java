package dev.stagingpro.core.theme;

import dev.stagingpro.core.git.SourceTree;
import dev.stagingpro.core.git.TreeEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every template of a theme: each file below {@code templates/} named {@code *.html} that is not
 * dot-named (dot-named files and folders are left out, as the CLI's globs leave them out), keyed
 * by its name without {@code .html}. Also what does not belong there.
 */
final class TemplateCatalog {
  private final Map<String, String> sources;
  private final List<String> nonHtmlFiles;
  private final List<String> links;

  private TemplateCatalog(Map<String, String> sources, List<String> nonHtmlFiles, List<String> links) {
    this.sources = sources;
    this.nonHtmlFiles = nonHtmlFiles;
    this.links = links;
  }

  static TemplateCatalog read(Theme theme) {
    Map<String, String> sources = new LinkedHashMap<>();
    List<String> nonHtml = new ArrayList<>();
    List<String> links = new ArrayList<>();
    walk(theme, Theme.TEMPLATES, sources, nonHtml, links);
    return new TemplateCatalog(sources, List.copyOf(nonHtml), List.copyOf(links));
  }

  private static void walk(Theme theme, String dir, Map<String, String> sources, List<String> nonHtml, List<String> links) {
    for (TreeEntry entry : theme.files().list(dir)) {
      if (entry.name().startsWith(".")) {
        continue;
      }
      String path = SourceTree.join(dir, entry.name());
      switch (entry.kind()) {
        case DIRECTORY -> walk(theme, path, sources, nonHtml, links);
        case FILE -> {
          if (entry.name().endsWith(".html")) {
            String name = path.substring(Theme.TEMPLATES.length() + 1, path.length() - ".html".length());
            sources.put(name, theme.text(path).orElseThrow());
          } else {
            nonHtml.add(path);
          }
        }
        default -> links.add(path);
      }
    }
  }

  /** Template name to source text, in file-name order. */
  Map<String, String> sources() {
    return sources;
  }

  boolean has(String name) {
    return sources.containsKey(name);
  }

  String source(String name) {
    return sources.get(name);
  }

  static String fileOf(String templateName) {
    return Theme.TEMPLATES + "/" + templateName + ".html";
  }

  List<String> nonHtmlFiles() {
    return nonHtmlFiles;
  }

  List<String> links() {
    return links;
  }
}
