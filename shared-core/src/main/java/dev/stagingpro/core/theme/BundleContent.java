package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.git.TreeEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The entries the Stencil CLI generates for a bundle, computed from a validated theme: one
 * {@code parsed/templates/<md5 of name>.json} per template with every template it reaches,
 * {@code manifest.json}, {@code parsed/lang.json}, {@code schema.json},
 * {@code schemaTranslations.json} and, when config.json sets {@code css_compiler},
 * {@code parsed/scss} (or {@code parsed/css}) import trees.
 *
 * <p>{@code parsed/stencilContext.json} is deliberately not generated. The CLI added it in 8.7.0
 * (2025) as a heuristic analysis of which storefront context paths templates read, built on
 * Handlebars' syntax tree and stencil-paper's list of helpers, and its output even varies between
 * two CLI runs. Bundles made by every earlier CLI (and most themes live today) have none, so the
 * platform has to work without it; a wrong approximation could make the platform leave out context
 * a template needs, which is worse than leaving the file out.
 */
final class BundleContent {
  static final int MAX_PARSED_TEMPLATE_CHARS = 1024 * 1024;

  /** Generated entries by name, and the templates whose parsed file is too large. */
  record Generated(Map<String, byte[]> entries, List<String> oversizedTemplates) {}

  private BundleContent() {}

  static Generated generate(Theme theme, Consumer<String> warnings) {
    Map<String, byte[]> entries = new TreeMap<>();
    List<String> oversized = new ArrayList<>();
    TemplateGraph graph = theme.graph();
    ObjectNode regions = JsonNodeFactory.instance.objectNode();
    TreeSet<String> names = new TreeSet<>(theme.templates().sources().keySet());
    for (String name : names) {
      Map<String, String> assembled = graph.assemble(name);
      ObjectNode parsed = JsonNodeFactory.instance.objectNode();
      assembled.forEach(parsed::put);
      if (JsJson.compact(parsed).length() >= MAX_PARSED_TEMPLATE_CHARS) {
        oversized.add(name);
      }
      entries.put("parsed/templates/" + md5(name) + ".json", utf8(JsJson.pretty(parsed)));
      if (name.startsWith("pages/")) {
        regions.set(name, regionsJson(RegionExtractor.regions(assembled, name)));
      }
    }
    ObjectNode manifest = JsonNodeFactory.instance.objectNode();
    manifest.set("regions", regions);
    ArrayNode templates = manifest.putArray("templates");
    names.forEach(templates::add);
    entries.put("manifest.json", utf8(JsJson.pretty(manifest)));
    entries.put("parsed/lang.json", utf8(JsJson.pretty(GeneratedFiles.lang(theme))));
    entries.put("schema.json", utf8(JsJson.pretty(GeneratedFiles.schema(theme))));
    entries.put("schemaTranslations.json", utf8(JsJson.pretty(GeneratedFiles.schemaTranslations(theme))));
    addStylesheetTrees(theme, entries, warnings);
    return new Generated(entries, oversized);
  }

  private static ArrayNode regionsJson(List<RegionExtractor.Region> regions) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (RegionExtractor.Region region : regions) {
      ObjectNode item = array.addObject().put("name", region.name());
      if (region.translation() != null) {
        item.put("translation", region.translation());
      }
    }
    return array;
  }

  private static void addStylesheetTrees(Theme theme, Map<String, byte[]> entries, Consumer<String> warnings) {
    JsonNode compilerSetting = theme.json(Theme.CONFIG).filter(Theme.Json::ok).map(j -> j.document().root().get("css_compiler")).orElse(null);
    if (compilerSetting == null || !compilerSetting.isTextual() || compilerSetting.textValue().isEmpty()) {
      return;
    }
    String compiler = compilerSetting.textValue();
    boolean css = compiler.equals("css");
    String baseDir = css ? "assets/dist/css" : "assets/" + compiler;
    String extension = "." + compiler;
    for (TreeEntry entry : theme.files().list(baseDir)) {
      if (!entry.isFile() || !entry.name().endsWith(extension)) {
        continue;
      }
      ObjectNode tree = JsonNodeFactory.instance.objectNode();
      StylesheetImports.collect(theme, baseDir, entry.name(), extension, missing -> {
        if (missing.contains("node_modules/")) {
          warnings.accept(missing + " (imported by " + baseDir + "/" + entry.name() + ") is not there; install the theme's"
              + " npm dependencies (theme.build) so parsed/" + (css ? "css" : "scss") + " is complete");
        }
      }).forEach((key, source) -> tree.put(key, source.content()));
      entries.put("parsed/" + (css ? "css" : "scss") + "/" + entry.name() + ".json", utf8(JsJson.pretty(tree)));
    }
  }

  static String md5(String name) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
