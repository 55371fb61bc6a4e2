package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.state.Json;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The server-side checks of an uploaded bundle (BigCommerce's documented upload errors):
 * TR-600 no {@code templates/pages/home.html}; TR-601 a template without its
 * {@code parsed/templates/<md5>.json} or a non-.html file under {@code templates/}; TR-500 a
 * parsed template of 1 MB or more; TR-800 config.json missing, unreadable or without name,
 * version or variations; TR-900 missing developer (meta author) fields; TR-901 a variation
 * without id; TR-902 duplicate variation ids.
 */
final class BundleRules {
  private static final List<String> AUTHOR_FIELDS = List.of("author_name", "author_email", "author_support_url");

  private final Bundle bundle;

  BundleRules(Bundle bundle) {
    this.bundle = bundle;
  }

  void check() {
    checkConfig();
    checkTemplates();
  }

  private void checkConfig() {
    byte[] raw = bundle.files().get("config.json");
    if (raw == null) {
      bundle.problem("TR-800", "config.json is missing from the bundle");
      return;
    }
    JsonNode config;
    try {
      config = Json.parse(raw);
    } catch (IOException e) {
      bundle.problem("TR-800", "config.json is not valid JSON: " + e.getMessage());
      return;
    }
    bundle.config(config);
    for (String key : List.of("name", "version")) {
      if (config.path(key).asText("").isBlank()) {
        bundle.problem("TR-800", "config.json key '" + key + "' is missing or empty");
      }
    }
    for (String field : AUTHOR_FIELDS) {
      if (config.path("meta").path(field).asText("").isBlank()) {
        bundle.problem("TR-900", "config.json meta." + field + " (developer information) is missing");
      }
    }
    JsonNode variations = config.path("variations");
    if (!variations.isArray() || variations.isEmpty()) {
      bundle.problem("TR-800", "config.json must list at least one variation");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < variations.size(); i++) {
      String id = variations.get(i).path("id").asText("");
      if (id.isBlank()) {
        bundle.problem("TR-901", "Variation " + i + " in config.json has no id");
      } else if (!ids.add(id)) {
        bundle.problem("TR-902", "Variation id '" + id + "' is used more than once in config.json");
      }
    }
  }

  private void checkTemplates() {
    if (!bundle.files().containsKey("templates/pages/home.html")) {
      bundle.problem("TR-600", "templates/pages/home.html is missing from the bundle");
    }
    for (String file : bundle.files().keySet()) {
      if (!file.startsWith("templates/")) {
        continue;
      }
      if (!file.endsWith(".html")) {
        bundle.problem("TR-601", "Only .html files are allowed in templates/: " + file);
        continue;
      }
      String template = file.substring("templates/".length(), file.length() - ".html".length());
      String parsed = "parsed/templates/" + md5(template) + ".json";
      byte[] json = bundle.files().get(parsed);
      if (json == null) {
        bundle.problem("TR-601", "Parsed template " + parsed + " for " + file + " is missing");
      } else if (json.length >= Bundle.MAX_TEMPLATE_JSON_BYTES) {
        bundle.problem("TR-500", "Parsed template for " + file + " is 1 MB or larger");
      }
    }
  }

  /** The lowercase hex MD5 of a template name, as the bundler names parsed templates. */
  static String md5(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return String.format("%032x", new BigInteger(1, digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
