package dev.stagingpro.core.migrate.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the writes a plan calls for on disk (one JSON line each, a file per entity) until apply
 * sends them, so a run over a large store holds no more than one chunk of records in memory.
 * Withdrawn records (found unmigratable later in planning) are skipped on reading.
 */
public final class WorkSpool implements WorkSink, AutoCloseable {
  private static final ObjectMapper JSON = JsonMappers.standard();

  private final Path folder;
  private final Map<Entity, BufferedWriter> writers = new EnumMap<>(Entity.class);
  private final Map<Entity, Set<String>> withdrawn = new EnumMap<>(Entity.class);
  private final Map<Entity, Integer> counts = new EnumMap<>(Entity.class);
  private final Map<Entity, Integer> deleteCounts = new EnumMap<>(Entity.class);

  public WorkSpool(Path folder) {
    this.folder = folder;
  }

  /** One spooled write. */
  record Line(ChangeClass change, Entity entity, String key, ObjectNode fields, Optional<Long> storeId,
      Optional<ObjectNode> destination, Optional<Long> destinationId, Optional<ObjectNode> ids) {}

  @Override
  public synchronized void add(Entity entity, WorkItem item) {
    try {
      BufferedWriter writer = writers.get(entity);
      if (writer == null) {
        Files.createDirectories(folder);
        writer = Files.newBufferedWriter(file(entity), StandardCharsets.UTF_8);
        writers.put(entity, writer);
      }
      PortableRecord source = item.source();
      Line line = new Line(item.change(), entity, source.key(), source.fields(), source.storeId(),
          item.destination().map(d -> d.record().fields()), item.destination().flatMap(d -> d.record().storeId()),
          item.destination().map(StoredRecord::ids));
      writer.write(JSON.writeValueAsString(line));
      writer.newLine();
      (item.change() == ChangeClass.DELETE ? deleteCounts : counts).merge(entity, 1, Integer::sum);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void withdraw(Entity entity, String key) {
    withdrawn.computeIfAbsent(entity, e -> new HashSet<>()).add(key);
  }

  /** How many deletes, or creates and updates, were spooled for the entity (withdrawn ones included). */
  public synchronized int count(Entity entity, boolean deletes) {
    return (deletes ? deleteCounts : counts).getOrDefault(entity, 0);
  }

  /** The entity's writes in the order planned, withdrawn ones left out. Call after planning. */
  public synchronized Stream<WorkItem> read(Entity entity) {
    flush();
    Path file = file(entity);
    if (!Files.exists(file)) {
      return Stream.empty();
    }
    Set<String> skip = Set.copyOf(withdrawn.getOrDefault(entity, Set.of()));
    try {
      BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      return reader.lines().map(WorkSpool::parse).filter(item -> !skip.contains(item.key())).onClose(() -> {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WorkItem parse(String text) {
    try {
      Line line = JSON.readValue(text, Line.class);
      PortableRecord source = new PortableRecord(line.entity(), line.key(), line.fields(), line.storeId());
      Optional<StoredRecord> destination = line.destination().map(fields -> new StoredRecord(
          new PortableRecord(line.entity(), line.key(), fields, line.destinationId()), line.ids().orElseGet(JSON::createObjectNode)));
      return new WorkItem(line.change(), source, destination);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("damaged work spool line: " + e.getOriginalMessage(), e);
    }
  }

  private Path file(Entity entity) {
    return folder.resolve(entity.key() + ".jsonl");
  }

  private void flush() {
    for (BufferedWriter writer : writers.values()) {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Closes and deletes the spool files. */
  @Override
  public synchronized void close() {
    for (BufferedWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException ignored) {
        // deleting it next anyway
      }
    }
    for (Entity entity : writers.keySet()) {
      try {
        Files.deleteIfExists(file(entity));
      } catch (IOException ignored) {
        // a leftover spool file is harmless
      }
    }
    try {
      Files.deleteIfExists(folder);
    } catch (IOException ignored) {
      // not empty or gone: harmless
    }
  }
}
