package dev.stagingpro.core.theme;

import dev.stagingpro.core.git.SourceTree;
import dev.stagingpro.core.git.TreeEntry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Which theme files go into the zip as they are, by the Stencil CLI's rules: everything under
 * {@code assets/} (except {@code assets/cdn/} and, unless source maps are wanted, {@code *.js.map}),
 * {@code templates/}, {@code meta/}, the files directly in {@code lang/}, and a fixed list of root
 * files. Dot-named files and folders below those folders are left out; subfolders get directory
 * entries, the top folders do not. Unlike the CLI, {@code node_modules} folders are never walked
 * (a warning names any found under assets/).
 */
final class BundleFileSelection {
  private static final Set<String> ROOT_FILES = Set.of("config.json", "package.json", "README.md", "CHANGELOG.md",
      "Gruntfile.js", "karma.conf.js", ".eslintrc", ".eslintignore", ".scss-lint.yml", "stencil.conf.cjs",
      "stencil.conf.js", "stencil.conf.mjs");
  private static final Pattern WEBPACK_CONFIG = Pattern.compile("webpack\\.[^/]*\\.js");
  private static final List<String> WALKED = List.of("assets", Theme.TEMPLATES, Theme.META);

  private BundleFileSelection() {}

  /** Entry names: files, and folders ending in {@code /}, sorted. */
  static Set<String> select(Theme theme, boolean sourceMaps, Consumer<String> warnings) {
    SourceTree files = theme.files();
    Set<String> entries = new TreeSet<>();
    for (TreeEntry entry : files.list("")) {
      if (entry.isFile() && (ROOT_FILES.contains(entry.name()) || WEBPACK_CONFIG.matcher(entry.name()).matches())) {
        entries.add(entry.name());
      }
    }
    for (String top : WALKED) {
      walk(files, top, sourceMaps, entries, warnings);
    }
    for (TreeEntry entry : files.list(Theme.LANG)) {
      if (entry.isFile() && !entry.name().startsWith(".")) {
        entries.add(Theme.LANG + "/" + entry.name());
      }
    }
    return entries;
  }

  private static void walk(SourceTree files, String dir, boolean sourceMaps, Set<String> entries, Consumer<String> warnings) {
    for (TreeEntry entry : files.list(dir)) {
      String path = SourceTree.join(dir, entry.name());
      if (entry.name().startsWith(".") || path.equals("assets/cdn")) {
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name().equals("node_modules")) {
          warnings.accept(path + "/ is left out of the bundle: node_modules is never bundled");
          continue;
        }
        entries.add(path + "/");
        walk(files, path, sourceMaps, entries, warnings);
      } else if (entry.isFile()) {
        if (!sourceMaps && path.startsWith("assets/") && path.endsWith(".js.map")) {
          continue;
        }
        if (path.startsWith(Theme.TEMPLATES + "/") && !path.endsWith(".html")) {
          continue;
        }
        entries.add(path);
      }
    }
  }
}
