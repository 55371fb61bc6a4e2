package dev.stagingpro.core.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic theme shaped like BigCommerce's reference theme Cornerstone 6.21 (per the
 * project's measurements): about 850 files, 209 templates (49 pages, each reaching ~40 partials),
 * 20 locales, 323 SCSS files imported from theme.scss, 217 scripts, a webpack dist folder, and
 * 9.5 MB of incompressible meta images, for an ~11 MB zip.
 */
final class CornerstoneShapedTheme {
  private final Path root;
  private final Random random = new Random(42);

  private CornerstoneShapedTheme(Path root) {
    this.root = root;
  }

  static Path write(Path root) {
    new CornerstoneShapedTheme(root).writeAll();
    return root;
  }

  private void writeAll() {
    text("config.json", """
        {"name": "Cornerstone Shaped", "version": "6.21.0",
         "meta": {"author_name": "x", "author_email": "x@example.com", "author_support_url": "https://example.com"},
         "css_compiler": "scss",
         "settings": {"color-primary": "#444444", "font-body": "Google_Karla_400", "size": 14, "show_x": true},
         "variations": [
           {"name": "Light", "id": "light", "meta": {"description": "l"}, "settings": {}},
           {"name": "Bold", "id": "bold", "meta": {"description": "b"}, "settings": {"color-primary": "#aa0000"}},
           {"name": "Warm", "id": "warm", "meta": {"description": "w"}, "settings": {"color-primary": "#aa7700"}}]}
        """);
    StringBuilder schema = new StringBuilder("[{\"name\": \"i18n.Group\", \"settings\": [");
    StringBuilder translations = new StringBuilder("{\"i18n.Group\": {\"default\": \"Group\"}");
    for (int i = 0; i < 400; i++) {
      schema.append(i == 0 ? "" : ",").append("{\"type\": \"checkbox\", \"label\": \"i18n.Setting").append(i).append("\", \"id\": \"setting_").append(i).append("\"}");
      translations.append(",\"i18n.Setting").append(i).append("\": {\"default\": \"Setting ").append(i).append(" ").append(words(60))
          .append("\", \"de\": \"").append(words(60)).append("\", \"fr\": \"").append(words(60)).append("\"}");
    }
    text("schema.json", schema.append("]}]").toString());
    text("schemaTranslations.json", translations.append("}").toString());
    writeTemplates();
    for (int i = 0; i < 20; i++) {
      text("lang/locale-" + i + ".json", "{\"home\": {\"title\": \"" + words(8000) + "\"}}");
    }
    StringBuilder themeScss = new StringBuilder("$primary: stencilColor(\"color-primary\");\n");
    for (int i = 0; i < 322; i++) {
      String folder = "components/group" + (i % 20);
      themeScss.append("@import \"").append(folder).append("/part").append(i).append("\";\n");
      text("assets/scss/" + folder + "/_part" + i + ".scss", ".part-" + i + " { color: $primary; margin: " + (i % 7) + "px; }\n/* " + words(150) + " */\n");
    }
    text("assets/scss/theme.scss", themeScss.toString());
    for (int i = 0; i < 217; i++) {
      text("assets/js/theme/module" + (i % 10) + "/file" + i + ".js", "export default function f" + i + "() { return '" + words(500) + "'; }\n");
    }
    for (int i = 0; i < 26; i++) {
      text("assets/dist/theme-bundle.chunk." + i + ".js", "/* chunk */" + words(6000));
    }
    for (int i = 0; i < 7; i++) {
      bytes("meta/image" + i + ".png", 1_350_000);
    }
    for (int i = 0; i < 40; i++) {
      bytes("assets/img/icon" + i + ".png", 9_000);
    }
    text("package.json", "{\"name\": \"cornerstone-shaped\"}");
    text("README.md", "# Cornerstone shaped\n");
  }

  private void writeTemplates() {
    for (int i = 0; i < 159; i++) {
      String next = i + 1 < 159 && i % 4 != 3 ? "{{> components/group" + ((i + 1) % 12) + "/c" + (i + 1) + "}}" : "";
      text("templates/components/group" + (i % 12) + "/c" + i + ".html",
          "<div class=\"c" + i + "\">{{theme_settings.setting_" + i + "}} {{lang 'home.title'}}\n" + words(250) + "\n" + next + "</div>\n");
    }
    text("templates/layout/base.html", "<html><head>{{{stylesheet '/assets/css/theme.css'}}}{{{head.scripts}}}</head><body>"
        + "{{#block \"page\"}}{{/block}}{{{region name=\"footer--global\"}}}{{{footer.scripts}}}</body></html>\n");
    for (int page = 0; page < 49; page++) {
      StringBuilder body = new StringBuilder("---\nproducts:\n    limit: 12\n---\n{{#partial \"page\"}}\n{{{region name=\"page_" + page + "\"}}}\n");
      for (int j = 0; j < 10; j++) {
        int component = (page * 3 + j * 16) % 159;
        body.append("{{> components/group").append(component % 12).append("/c").append(component).append("}}\n");
      }
      body.append(words(300)).append("\n{{/partial}}\n{{> layout/base}}\n");
      text(page == 0 ? "templates/pages/home.html" : "templates/pages/page" + page + ".html", body.toString());
    }
  }

  private String words(int length) {
    StringBuilder text = new StringBuilder(length + 10);
    while (text.length() < length) {
      int word = 2 + random.nextInt(8);
      for (int i = 0; i < word; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private void text(String path, String content) {
    file(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void bytes(String path, int size) {
    byte[] content = new byte[size];
    random.nextBytes(content);
    file(path, content);
  }

  private void file(String path, byte[] content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
