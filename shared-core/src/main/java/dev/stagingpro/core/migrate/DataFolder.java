package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Store data as reviewable files: {@code DIR/<entity>/<key>.json}, one record per file, keys
 * sorted, two-space indent, a final newline — so the same data always gives the same bytes and a
 * pull request shows only what changed. A migration may name such a folder as its {@code from}.
 */
public final class DataFolder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter WRITER = JSON.writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private final Path root;

  public DataFolder(Path root) {
    this.root = root;
  }

  /** Replaces the entity's folder with these records (so deleted records disappear from Git too). */
  public int write(Entity entity, Stream<PortableRecord> records) {
    Path folder = root.resolve(entity.key());
    try {
      deleteJsonFiles(folder);
      Files.createDirectories(folder);
      Set<String> names = new HashSet<>();
      int count = 0;
      for (PortableRecord record : (Iterable<PortableRecord>) records::iterator) {
        String name = fileName(record.key(), names);
        String text = WRITER.writeValueAsString(Fingerprints.canonical(record.fields())) + "\n";
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        count++;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entity's records, in file-name order; a file that is not a record is bad input naming it. */
  public List<PortableRecord> read(Entity entity) {
    Path folder = root.resolve(entity.key());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<PortableRecord> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        records.add(readRecord(entity, file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static PortableRecord readRecord(Entity entity, Path file) {
    JsonNode node;
    try {
      node = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw StagingProException.badInput(file + ": not valid JSON: " + e.getMessage());
    }
    if (!(node instanceof ObjectNode fields)) {
      throw StagingProException.badInput(file + ": a record file holds one JSON object");
    }
    String key = NaturalKeys.of(entity, fields).orElseThrow(() -> StagingProException.badInput(
        file + ": missing \"" + NaturalKeys.field(entity) + "\", the natural key of " + entity.key()));
    return PortableRecord.of(entity, key, fields);
  }

  /** A readable, portable file name for a key; a numbered suffix keeps distinct keys apart. */
  static String fileName(String key, Set<String> taken) {
    String ascii = Normalizer.normalize(key, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "record";
    }
    slug = slug.length() > 80 ? slug.substring(0, 80) : slug;
    String name = slug + ".json";
    for (int n = 2; !taken.add(name); n++) {
      name = slug + "-" + n + ".json";
    }
    return name;
  }

  private static void deleteJsonFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.delete(file);
      }
    }
  }
}
