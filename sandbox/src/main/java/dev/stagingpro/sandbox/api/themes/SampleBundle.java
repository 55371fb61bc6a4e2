package dev.stagingpro.sandbox.api.themes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small, valid Stencil bundle: config.json with the given variations, a home page and its
 * parsed template. Used for the store's built-in theme download and by tests that upload
 * themes; {@link #withFile} and {@link #without} make broken variants.
 */
public final class SampleBundle {
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private SampleBundle() {}

  public static SampleBundle named(String name, String... variationIds) {
    SampleBundle bundle = new SampleBundle();
    ObjectNode config = Json.object();
    config.put("name", name);
    config.put("version", "1.0.0");
    ObjectNode meta = config.putObject("meta");
    meta.put("author_name", "StagingPro");
    meta.put("author_email", "themes@example.com");
    meta.put("author_support_url", "https://example.com/support");
    config.putObject("settings").put("color", "#000000");
    ArrayNode variations = config.putArray("variations");
    for (String id : variationIds.length == 0 ? new String[] {"light"} : variationIds) {
      ObjectNode variation = variations.addObject();
      variation.put("name", Character.toUpperCase(id.charAt(0)) + id.substring(1));
      variation.put("id", id);
      variation.putObject("meta").put("description", id + " variation");
      variation.putObject("settings");
    }
    bundle.files.put("config.json", Json.bytes(config));
    bundle.template("pages/home", "<h1>{{settings.store_name}}</h1>");
    return bundle;
  }

  /** Adds a template and its parsed JSON. */
  public SampleBundle template(String name, String html) {
    files.put("templates/" + name + ".html", html.getBytes(StandardCharsets.UTF_8));
    ObjectNode parsed = Json.object();
    parsed.put(name, html);
    files.put("parsed/templates/" + BundleRules.md5(name) + ".json", Json.bytes(parsed));
    return this;
  }

  public SampleBundle withFile(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public SampleBundle without(String path) {
    files.remove(path);
    return this;
  }

  public byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public List<String> paths() {
    return List.copyOf(files.keySet());
  }
}
