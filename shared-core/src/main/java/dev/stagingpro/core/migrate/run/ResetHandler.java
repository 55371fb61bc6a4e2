package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.EntityDependencies;
import dev.stagingpro.core.migrate.engine.MigrationApplier;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.EntityAdapter;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import dev.stagingpro.core.migrate.entity.WriteOutcome;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportFiles;
import dev.stagingpro.core.store.ConnectorOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code reset --env X --entities a,b}: empties those entities of a test or staging store before a
 * bulk run — dependents first (products before brands) — and never touches a protected
 * environment, approval or not.
 */
public final class ResetHandler implements OperationHandler {
  private static final int CHUNK = 250;

  private final ConnectorOptions connectorOptions;
  private final Adapters adapters;

  public ResetHandler() {
    this(MigrationSetup.standard());
  }

  public ResetHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
    this.adapters = setup.adapters();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    String environment = request.requireEnvironment();
    Manifest manifest = workspace.loadManifest(true);
    EnvironmentSpec env = manifest.environment(environment);
    if (env.isProtected()) {
      throw StagingProException.badInput("reset never empties a protected environment, and '" + environment
          + "' is protected; reset is for test and staging stores");
    }
    List<Entity> requested = EntityList.parse(request.entities(), adapters, "reset");
    if (requested.isEmpty()) {
      throw StagingProException.badInput("reset needs the entities to empty (CLI --entities products,brands); it can empty "
          + adapters.supported());
    }
    List<Entity> order = new ArrayList<>(EntityDependencies.resolve(requested).order().stream().filter(requested::contains).toList());
    Collections.reverse(order);
    RunSession session = new RunSession(workspace, manifest, Operation.RESET, request);
    session.report().environment(environment);
    List<String> lines = new ArrayList<>();
    int deleted = 0;
    int failed = 0;
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, session.masker())) {
      session.started();
      StoreSide store = access.side(environment);
      try (MigrationLock.Held lock = session.lock(store, environment)) {
        for (Entity entity : order) {
          int[] tally = empty(store, adapters.get(entity), session);
          deleted += tally[0];
          failed += tally[1];
          lines.add("Deleted " + tally[0] + " " + entity.key() + (tally[1] > 0 ? " (" + tally[1] + " could not be deleted)" : ""));
        }
      }
      ReportFiles files = session.finish(access, Optional.empty(), "Reset " + environment + ": " + deleted + " deleted, " + failed + " failed");
      return new OperationResult(Operation.RESET, failed == 0, lines, Map.of("run-id", session.runId(),
          "report", workspace.repoRoot().relativize(files.html()).toString(), "changed", String.valueOf(deleted > 0)), null);
    }
  }

  /** Deletes every record of the entity; returns {deleted, failed}. */
  private static int[] empty(StoreSide store, EntityAdapter adapter, RunSession session) {
    List<StoredRecord> all;
    try (Stream<StoredRecord> records = adapter.stored(store)) {
      all = records.toList();
    }
    int[] tally = new int[2];
    int chunk = adapter.small() ? Integer.MAX_VALUE : CHUNK;
    for (Iterator<List<StoredRecord>> it = chunks(all, chunk); it.hasNext(); ) {
      List<StoredRecord> batch = it.next();
      for (WriteOutcome outcome : MigrationApplier.guarded(batch.stream().map(StoredRecord::key).toList(),
          () -> adapter.delete(store, batch))) {
        if (outcome.ok()) {
          tally[0]++;
          session.report().count(adapter.entity().key(), ChangeClass.DELETE);
        } else {
          tally[1]++;
          session.report().failure(adapter.entity().key(), outcome.key(), outcome.error().orElse(""));
        }
      }
    }
    return tally;
  }

  private static <T> Iterator<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      out.add(all.subList(from, (int) Math.min(all.size(), (long) from + size)));
    }
    return out.iterator();
  }
}
