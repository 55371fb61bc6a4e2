package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.state.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded Stencil bundle as the store reads it: its file entries, the parsed config.json and
 * the problems found, each with the TR code BigCommerce's upload errors use.
 */
public final class Bundle {
  /** One upload error: a TR code and what is wrong. */
  public record Problem(String code, String message) {}

  public static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
  public static final int MAX_FILES = 2_500;
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
  public static final long MAX_TEMPLATE_JSON_BYTES = 1024 * 1024;
  private static final List<String> RESTRICTED_EXTENSIONS = List.of(".php", ".exe", ".sh", ".bat", ".cmd", ".dll", ".so", ".jar");

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private JsonNode config = Json.object();

  private Bundle() {}

  /** Reads and checks a bundle zip; a zip that cannot be read yields a TR-300 problem. */
  public static Bundle read(byte[] zip) {
    Bundle bundle = new Bundle();
    try {
      bundle.unzip(zip);
    } catch (IOException | IllegalArgumentException e) {
      bundle.problems.add(new Problem("TR-300", "The bundle is not a valid zip file: " + e.getMessage()));
      return bundle;
    }
    if (bundle.files.isEmpty()) {
      bundle.problems.add(new Problem("TR-300", "The bundle zip is empty"));
      return bundle;
    }
    new BundleRules(bundle).check();
    return bundle;
  }

  private void unzip(byte[] zip) throws IOException {
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        if (name.startsWith("/") || name.contains("../") || name.contains("\\")) {
          problems.add(new Problem("TR-400", "Restricted file path in the bundle: " + name));
          continue;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (RESTRICTED_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
          problems.add(new Problem("TR-400", "File type not allowed in a theme bundle: " + name));
        }
        byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
          problems.add(new Problem("TR-500", "File " + name + " is larger than 5 MB"));
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        total += content.length;
        files.put(name, content);
        if (files.size() > MAX_FILES) {
          problems.add(new Problem("TR-500", "The bundle has more than " + MAX_FILES + " files"));
          return;
        }
        if (total > MAX_UNZIPPED_BYTES) {
          problems.add(new Problem("TR-500", "The unzipped bundle is larger than 100 MB"));
          return;
        }
      }
    }
  }

  public Map<String, byte[]> files() {
    return files;
  }

  public JsonNode config() {
    return config;
  }

  void config(JsonNode value) {
    config = value;
  }

  void problem(String code, String message) {
    problems.add(new Problem(code, message));
  }

  public List<Problem> problems() {
    return problems;
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The theme name from config.json. */
  public String name() {
    return config.path("name").asText("Theme");
  }

  /** Custom template file names per entity type (templates/pages/custom/{type}/*.html). */
  public Map<String, List<String>> customTemplates() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String type : List.of("product", "category", "brand", "page")) {
      String prefix = "templates/pages/custom/" + type + "/";
      out.put(type, files.keySet().stream().filter(f -> f.startsWith(prefix) && f.endsWith(".html"))
          .map(f -> f.substring(prefix.length())).sorted().toList());
    }
    return out;
  }
}
