package dev.stagingpro.sandbox.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * {@code snapshot.json} (all records) and {@code journal.jsonl} (the committed requests since the
 * snapshot, one line each). Whole files are replaced atomically; the journal only grows by whole
 * lines, and a line cut short by a crash is ignored on load, so a request is either fully there
 * or not at all.
 */
final class StoreFiles {
  private static final JsonFactory FACTORY = Json.MAPPER.getFactory();
  private static final int COMPACT_AFTER_LINES = 2_000;

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
    Path snapshot = dir.resolve("snapshot.json");
    if (Files.exists(snapshot)) {
      try (InputStream in = Files.newInputStream(snapshot)) {
        readSnapshot(in, tables);
      }
    }
    Path journal = dir.resolve("journal.jsonl");
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

  private void readSnapshot(InputStream in, Map<String, RawTable> tables) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if ("seq".equals(field)) {
          seq = parser.getLongValue();
        } else if ("tables".equals(field)) {
          readTables(parser, tables);
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private void readTables(JsonParser parser, Map<String, RawTable> tables) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      RawTable table = tables.computeIfAbsent(parser.currentName(), k -> new RawTable());
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if ("last".equals(field)) {
          table.lastId = parser.getLongValue();
        } else if ("rows".equals(field)) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            long id = Long.parseLong(parser.currentName());
            parser.nextToken();
            JsonNode row = parser.readValueAsTree();
            table.rows.put(id, Json.bytes(row));
          }
        } else {
          parser.skipChildren();
        }
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
        dir.resolve("journal.jsonl"),
        buffer.toByteArray(),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
    return ++journalLines >= COMPACT_AFTER_LINES;
  }

  /** Writes every table to a new snapshot, then starts an empty journal. */
  void snapshot(Map<String, Table> claimed, Map<String, RawTable> unclaimed) throws IOException {
    long snapshotSeq = seq;
    AtomicFiles.write(
        dir.resolve("snapshot.json"),
        stream -> {
          try (JsonGenerator out = FACTORY.createGenerator(stream)) {
            out.writeStartObject();
            out.writeNumberField("seq", snapshotSeq);
            out.writeObjectFieldStart("tables");
            for (Map.Entry<String, RawTable> raw : unclaimed.entrySet()) {
              if (!claimed.containsKey(raw.getKey())) {
                writeTable(out, raw.getKey(), raw.getValue().lastId, raw.getValue().rows);
              }
            }
            for (Table table : claimed.values()) {
              writeTable(out, table.name(), table.lastId(), table.rawRows());
            }
            out.writeEndObject();
            out.writeEndObject();
          }
        });
    AtomicFiles.write(dir.resolve("journal.jsonl"), new byte[0]);
    journalLines = 0;
  }

  private static void writeTable(JsonGenerator out, String name, long lastId, Map<Long, byte[]> rows)
      throws IOException {
    out.writeObjectFieldStart(name);
    out.writeNumberField("last", lastId);
    out.writeObjectFieldStart("rows");
    for (Map.Entry<Long, byte[]> row : rows.entrySet()) {
      out.writeFieldName(Long.toString(row.getKey()));
      out.writeRawValue(new String(row.getValue(), StandardCharsets.UTF_8));
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("Unexpected " + actual + " in snapshot, wanted " + wanted);
    }
  }
}
