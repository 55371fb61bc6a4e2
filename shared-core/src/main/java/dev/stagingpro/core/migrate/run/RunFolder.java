package dev.stagingpro.core.migrate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run's folder {@code .stagingpro/runs/RUN_ID/} (every face publishes it as a CI artifact):
 * {@value #META} says which migrations the run applied to which environment and with which options,
 * each migration's journal sits in its own sub-folder, and the report is written when the run
 * ends — so a folder without a report is a run that was killed.
 */
public final class RunFolder {
  public static final String META = "run.json";
  private static final ObjectMapper JSON = JsonMappers.standard();

  /** One migration of the run and where its journal is. */
  public record MigrationEntry(String id, String environment, String journal, MigrationSpec.Options options) {}

  /** What {@value #META} holds. */
  public record Meta(String runId, String operation, String owner, Instant startedAt, List<MigrationEntry> migrations) {
    public Meta {
      migrations = List.copyOf(migrations);
    }
  }

  private final Path stateDir;
  private Meta meta;

  private RunFolder(Path stateDir, Meta meta) {
    this.stateDir = stateDir;
    this.meta = meta;
  }

  public static RunFolder create(Path stateDir, String runId, String operation, String owner, Instant now) {
    RunFolder folder = new RunFolder(stateDir, new Meta(runId, operation, owner, now, List.of()));
    folder.save();
    return folder;
  }

  /** An earlier run's folder; bad input naming where runs are kept when there is none. */
  public static RunFolder open(Path stateDir, String runId) {
    Path file = RunJournal.runsFolder(stateDir).resolve(runId).resolve(META);
    if (runId.contains("/") || runId.contains("\\") || !Files.isRegularFile(file)) {
      throw StagingProException.badInput("no run '" + runId + "' in " + RunJournal.runsFolder(stateDir)
          + " (restore and retry need the run's folder; CI publishes it as an artifact)");
    }
    try {
      return new RunFolder(stateDir, JSON.readValue(file.toFile(), Meta.class));
    } catch (IOException e) {
      throw StagingProException.badInput(file + " cannot be read: " + e.getMessage());
    }
  }

  /** The run's folder exists here and the run never wrote its report: it was killed. */
  public static boolean unfinishedHere(Path stateDir, String runId) {
    Path folder = RunJournal.runsFolder(stateDir).resolve(runId);
    return !runId.contains("/") && Files.isRegularFile(folder.resolve(META)) && !Files.exists(folder.resolve(ReportWriter.JSON));
  }

  public Meta meta() {
    return meta;
  }

  public String runId() {
    return meta.runId();
  }

  public Path path() {
    return RunJournal.runsFolder(stateDir).resolve(meta.runId());
  }

  /** Starts the journal of the run's next migration. */
  public RunJournal startJournal(MigrationSpec spec) {
    String sub = (meta.migrations().size() + 1) + "-" + spec.id().replaceAll("[^A-Za-z0-9._-]", "_");
    List<MigrationEntry> all = new ArrayList<>(meta.migrations());
    all.add(new MigrationEntry(spec.id(), spec.to(), sub, spec.options()));
    meta = new Meta(meta.runId(), meta.operation(), meta.owner(), meta.startedAt(), all);
    save();
    return RunJournal.start(stateDir, journalId(sub));
  }

  /** Reads one migration's journal. */
  public List<RunJournal.Line> journal(MigrationEntry entry) {
    return RunJournal.read(stateDir, journalId(entry.journal()));
  }

  public Optional<MigrationEntry> migration(String id) {
    return meta.migrations().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** A scratch folder of the migration inside the run (e.g. for spooled writes). */
  public Path scratch(String name) {
    return path().resolve("work").resolve(name);
  }

  private String journalId(String sub) {
    return meta.runId() + "/" + sub;
  }

  private void save() {
    Path folder = path();
    try {
      Files.createDirectories(folder);
      Path tmp = folder.resolve(META + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), meta);
      Files.move(tmp, folder.resolve(META), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
