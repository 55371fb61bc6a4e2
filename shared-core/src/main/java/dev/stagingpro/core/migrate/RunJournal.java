package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.manifest.Entity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The local record of one apply run under {@code .stagingpro/runs/RUN_ID/journal.jsonl}: before
 * each write, what the destination held (so {@code restore} can put it back, and delete what the
 * run created); after it, the outcome. Every line is flushed before the write it describes is
 * sent, so a run killed at any point leaves a journal that restore can trust. Faces publish the
 * run folder as a CI artifact.
 */
public final class RunJournal implements AutoCloseable {
  public static final String FILE = "journal.jsonl";
  private static final ObjectMapper JSON = JsonMappers.standard();
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final String runId;
  private final Path folder;
  private final BufferedWriter writer;

  private RunJournal(String runId, Path folder, BufferedWriter writer) {
    this.runId = runId;
    this.folder = folder;
    this.writer = writer;
  }

  /** A new run id: sortable by time, unique enough for one repository's runs. */
  public static String newRunId(Clock clock) {
    return RUN_ID_TIME.format(clock.instant()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }

  public static Path runsFolder(Path stateDir) {
    return stateDir.resolve("runs");
  }

  public static RunJournal start(Path stateDir, String runId) {
    Path folder = runsFolder(stateDir).resolve(runId);
    try {
      Files.createDirectories(folder);
      BufferedWriter writer = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new RunJournal(runId, folder, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String runId() {
    return runId;
  }

  public Path folder() {
    return folder;
  }

  /** Kinds of journal lines. */
  public enum Step { BEFORE, DONE, FAILED }

  /**
   * One line.
   *
   * @param before the destination record before the write; empty for a create
   * @param storeId the destination id after a create or update
   */
  public record Line(Step step, Entity entity, String key, ChangeClass change, Optional<ObjectNode> before, Optional<Long> storeId, Optional<String> message) {}

  /** Call before sending a write: what is about to be overwritten (empty for a create). */
  public void before(Entity entity, String key, ChangeClass change, Optional<ObjectNode> before) {
    append(new Line(Step.BEFORE, entity, key, change, before, Optional.empty(), Optional.empty()));
  }

  public void done(Entity entity, String key, ChangeClass change, Optional<Long> storeId) {
    append(new Line(Step.DONE, entity, key, change, Optional.empty(), storeId, Optional.empty()));
  }

  public void failed(Entity entity, String key, ChangeClass change, String message) {
    append(new Line(Step.FAILED, entity, key, change, Optional.empty(), Optional.empty(), Optional.of(message)));
  }

  private synchronized void append(Line line) {
    try {
      writer.write(JSON.writeValueAsString(line));
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a run's journal; a missing run is bad input naming where runs are kept. */
  public static List<Line> read(Path stateDir, String runId) {
    Path file = runsFolder(stateDir).resolve(runId).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw StagingProException.badInput("no run '" + runId + "' in " + runsFolder(stateDir) + " (restore needs the run folder; CI publishes it as an artifact)");
    }
    List<Line> lines = new ArrayList<>();
    try {
      for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        parse(text).ifPresent(lines::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** A torn line (the run was killed mid-write) is skipped rather than failing the whole journal. */
  private static Optional<Line> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(text, Line.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
