package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.manifest.MigrationSpec.CategoryAssignment;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.EntityDependencies;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.migrate.engine.MigrationApplier;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.EntityAdapter;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import dev.stagingpro.core.migrate.entity.WriteOutcome;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportFiles;
import dev.stagingpro.core.store.ConnectorOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code restore RUN_ID}: puts back what an apply run overwrote and deletes what it created, from
 * the run's journal: updated records get their values from before the run (images the run added
 * are removed, stock is put back only if the run copied it), records it deleted (pruning) are
 * created again from their journalled state, created records are deleted,
 * dependents before what they depend on. A record whose write had no recorded outcome (the run was
 * killed) is handled by what the destination has now.
 */
public final class RestoreHandler implements OperationHandler {
  private final ConnectorOptions connectorOptions;
  private final Adapters adapters;

  public RestoreHandler() {
    this(MigrationSetup.standard());
  }

  public RestoreHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
    this.adapters = setup.adapters();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    String runId = request.runId().orElseThrow(() -> StagingProException.badInput(
        "restore needs the run id (CLI: stagingpro restore RUN_ID); runs are in " + RunJournal.runsFolder(workspace.stateDir())));
    RunFolder run = RunFolder.open(workspace.stateDir(), runId);
    Manifest manifest = workspace.loadManifest(true);
    for (RunFolder.MigrationEntry entry : run.meta().migrations()) {
      ApprovalGuard.check(Operation.RESTORE, manifest.environment(entry.environment()), request.approval());
    }
    RunSession session = new RunSession(workspace, manifest, Operation.RESTORE, request);
    List<String> lines = new ArrayList<>();
    int restored = 0;
    int failed = 0;
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, session.masker())) {
      run.meta().migrations().forEach(m -> session.report().environment(m.environment()));
      session.started();
      List<RunFolder.MigrationEntry> newestFirst = new ArrayList<>(run.meta().migrations());
      java.util.Collections.reverse(newestFirst);
      for (RunFolder.MigrationEntry entry : newestFirst) {
        StoreSide destination = access.side(entry.environment());
        try (MigrationLock.Held lock = session.lock(destination, entry.environment())) {
          Tally tally = restore(destination, entry, run.journal(entry), session);
          restored += tally.done;
          failed += tally.failed;
          lines.add("Restored migration " + entry.id() + " on " + entry.environment() + ": " + tally.updated + " put back, "
              + tally.deleted + " created record" + (tally.deleted == 1 ? "" : "s") + " deleted, " + tally.failed + " failed");
        }
      }
      String message = "Restored run " + runId + ": " + restored + " record" + (restored == 1 ? "" : "s") + " restored, " + failed + " failed";
      ReportFiles files = session.finish(access, Optional.empty(), message);
      lines.add(message);
      return new OperationResult(Operation.RESTORE, failed == 0, lines,
          Map.of("run-id", session.runId(), "report", workspace.repoRoot().relativize(files.html()).toString(),
              "changed", String.valueOf(restored > 0)), null);
    }
  }

  private static final class Tally {
    int updated;
    int deleted;
    int failed;
    int done;
  }

  /** What the journal says the run did, per entity: records it updated (with their old values) and records it created. */
  private record Undo(Map<String, PortableRecord> updated, Set<String> created) {}

  private Tally restore(StoreSide destination, RunFolder.MigrationEntry entry, List<RunJournal.Line> journal, RunSession session) {
    Map<Entity, Undo> undo = new EnumMap<>(Entity.class);
    for (RunJournal.Line line : journal) {
      if (line.step() != RunJournal.Step.BEFORE) {
        continue;
      }
      Undo u = undo.computeIfAbsent(line.entity(), e -> new Undo(new LinkedHashMap<>(), new LinkedHashSet<>()));
      if (line.change() == ChangeClass.CREATE) {
        u.created().add(line.key());
      } else if (line.before().isPresent() && !u.updated().containsKey(line.key()) && !u.created().contains(line.key())) {
        // the first BEFORE is the state before the run (a later one may follow a retry within it)
        u.updated().put(line.key(), PortableRecord.of(line.entity(), line.key(), line.before().get()));
      }
    }
    MigrationSpec.Options options = new MigrationSpec.Options(entry.options().copyStock(), false, true, CategoryAssignment.REPLACE);
    List<Entity> order = EntityDependencies.resolve(undo.keySet()).order().stream().filter(undo::containsKey).toList();
    Tally tally = new Tally();
    for (Entity entity : order) {
      EntityAdapter adapter = adapters.get(entity);
      Map<String, PortableRecord> before = undo.get(entity).updated();
      Map<String, StoredRecord> current = adapter.find(destination, List.copyOf(before.keySet()));
      RecordComparer comparer = new RecordComparer(adapter.rules(options));
      List<EntityAdapter.Update> updates = new ArrayList<>();
      List<PortableRecord> recreate = new ArrayList<>();
      before.forEach((key, old) -> {
        StoredRecord now = current.get(key);
        if (now == null) {
          recreate.add(old);
        } else if (!comparer.diff(now.record().fields(), old.fields()).isEmpty()) {
          updates.add(new EntityAdapter.Update(old, now));
        }
      });
      count(entity, ChangeClass.UPDATE, MigrationApplier.guarded(updates.stream().map(u -> u.source().key()).toList(),
          () -> adapter.update(destination, updates, options)), tally, session);
      count(entity, ChangeClass.CREATE, MigrationApplier.guarded(recreate.stream().map(PortableRecord::key).toList(),
          () -> adapter.create(destination, recreate, options)), tally, session);
    }
    List<Entity> dependentsFirst = new ArrayList<>(order);
    java.util.Collections.reverse(dependentsFirst);
    for (Entity entity : dependentsFirst) {
      EntityAdapter adapter = adapters.get(entity);
      List<StoredRecord> created = List.copyOf(adapter.find(destination, List.copyOf(undo.get(entity).created())).values());
      count(entity, ChangeClass.DELETE, MigrationApplier.guarded(created.stream().map(StoredRecord::key).toList(),
          () -> adapter.delete(destination, created)), tally, session);
    }
    return tally;
  }

  private static void count(Entity entity, ChangeClass change, List<WriteOutcome> outcomes, Tally tally, RunSession session) {
    for (WriteOutcome outcome : outcomes) {
      if (outcome.error().isPresent()) {
        tally.failed++;
        session.report().failure(entity.key(), outcome.key(), outcome.error().get());
        continue;
      }
      tally.done++;
      if (change == ChangeClass.DELETE) {
        tally.deleted++;
      } else {
        tally.updated++;
      }
      session.report().count(entity.key(), change);
    }
  }
}
