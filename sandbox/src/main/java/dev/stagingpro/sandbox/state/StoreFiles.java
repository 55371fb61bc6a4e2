package dev.stagingpro.sandbox.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One store's folder under {@code --data}: {@code store.json} (name, accounts, settings),
 * {@code snapshot.tsv} (all records) and {@code journal.jsonl} (the committed requests since the
 * snapshot, one line each). Whole files are replaced atomically; the journal only grows by whole
 * lines, and a line cut short by a crash is ignored on load, so a request is either fully there
 * or not at all.
 */
final class StoreFiles {
  private static final JsonFactory FACTORY = Json.MAPPER.getFactory();
  private static final int COMPACT_AFTER_LINES = 2_000;
  private static final String SNAPSHOT = "snapshot.tsv";
  private static final String JOURNAL = "journal.jsonl";

  /** Rows of one table as read from disk, before an area claims the table. */
  static final class RawTable {
    long lastId;
    final TreeMap<Long, byte[]> rows = new TreeMap<>();
  }

  private final Path dir;
  private long seq;
  private int journalLines;

  StoreFiles(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path blobs() {
    return dir.resolve("blobs");
  }

  boolean exists() {
    return Files.exists(dir.resolve("store.json"));
  }

  ObjectNode readMeta() throws IOException {
    return (ObjectNode) Json.MAPPER.readTree(dir.resolve("store.json").toFile());
  }

  void writeMeta(ObjectNode meta) throws IOException {
    AtomicFiles.write(dir.resolve("store.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
  }

  /** Reads the snapshot, then replays the journal lines written after it. */
  Map<String, RawTable> load() throws IOException {
    Map<String, RawTable> tables = new HashMap<>();
    Path snapshot = dir.resolve(SNAPSHOT);
    if (Files.exists(snapshot)) {
      try (BufferedReader reader = Files.newBufferedReader(snapshot, StandardCharsets.UTF_8)) {
        readSnapshot(reader, tables);
      }
    }
    Path journal = dir.resolve(JOURNAL);
    if (Files.exists(journal)) {
      try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!replay(line, tables)) {
            break;
          }
          journalLines++;
        }
      }
    }
    return tables;
  }

  /**
   * Snapshot lines: {@code seq <n>}, then per table {@code table <name> <lastId>} followed by
   * {@code <id> <compact JSON>} rows, tab-separated. Rows are kept as bytes without parsing, so
   * a large store loads fast.
   */
  private void readSnapshot(BufferedReader reader, Map<String, RawTable> tables) throws IOException {
    RawTable current = null;
    String line;
    while ((line = reader.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String head = line.substring(0, tab);
      String rest = line.substring(tab + 1);
      if ("seq".equals(head)) {
        seq = Long.parseLong(rest);
      } else if ("table".equals(head)) {
        int split = rest.indexOf('\t');
        current = tables.computeIfAbsent(rest.substring(0, split), k -> new RawTable());
        current.lastId = Long.parseLong(rest.substring(split + 1));
      } else if (current != null) {
        current.rows.put(Long.parseLong(head), rest.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private boolean replay(String line, Map<String, RawTable> tables) {
    JsonNode entry;
    try {
      entry = Json.MAPPER.readTree(line);
    } catch (IOException e) {
      return false; // a line cut short by a crash: the request it held never happened
    }
    if (entry == null || !entry.has("seq") || !entry.has("changes")) {
      return false;
    }
    long lineSeq = entry.get("seq").asLong();
    if (lineSeq <= seq) {
      return true;
    }
    for (JsonNode change : entry.get("changes")) {
      RawTable table = tables.computeIfAbsent(change.get("t").asText(), k -> new RawTable());
      long id = change.get("i").asLong();
      table.lastId = Math.max(table.lastId, change.get("l").asLong());
      JsonNode row = change.get("r");
      if (row == null || row.isNull()) {
        table.rows.remove(id);
      } else {
        table.rows.put(id, Json.bytes(row));
      }
    }
    seq = lineSeq;
    return true;
  }

  /** Appends one request's changes as one line. Returns true when a snapshot is due. */
  boolean append(List<ChangeLog.Change> changes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
      out.writeStartObject();
      out.writeNumberField("seq", ++seq);
      out.writeArrayFieldStart("changes");
      for (ChangeLog.Change change : changes) {
        out.writeStartObject();
        out.writeStringField("t", change.table().name());
        out.writeNumberField("i", change.id());
        out.writeNumberField("l", change.table().lastId());
        out.writeFieldName("r");
        if (change.after() == null) {
          out.writeNull();
        } else {
          out.writeRawValue(new String(change.after(), StandardCharsets.UTF_8));
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    buffer.write('\n');
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(JOURNAL),
        buffer.toByteArray(),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
    return ++journalLines >= COMPACT_AFTER_LINES;
  }

  /** Writes every table to a new snapshot, then starts an empty journal. */
  void snapshot(Map<String, Table> claimed, Map<String, RawTable> unclaimed) throws IOException {
    long snapshotSeq = seq;
    AtomicFiles.write(dir.resolve(SNAPSHOT), stream -> {
      java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
      out.write("seq\t" + snapshotSeq + "\n");
      for (Map.Entry<String, RawTable> raw : unclaimed.entrySet()) {
        if (!claimed.containsKey(raw.getKey())) {
          writeTable(out, raw.getKey(), raw.getValue().lastId, raw.getValue().rows);
        }
      }
      for (Table table : claimed.values()) {
        writeTable(out, table.name(), table.lastId(), table.rawRows());
      }
      out.flush();
    });
    AtomicFiles.write(dir.resolve(JOURNAL), new byte[0]);
    journalLines = 0;
  }

  private static void writeTable(java.io.Writer out, String name, long lastId, Map<Long, byte[]> rows) throws IOException {
    out.write("table\t" + name + "\t" + lastId + "\n");
    for (Map.Entry<Long, byte[]> row : rows.entrySet()) {
      // compact JSON escapes control characters, so a row never contains a tab or line break
      out.write(row.getKey() + "\t" + new String(row.getValue(), StandardCharsets.UTF_8) + "\n");
    }
  }

}
