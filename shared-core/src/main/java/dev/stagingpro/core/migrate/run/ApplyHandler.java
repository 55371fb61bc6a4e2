package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.deploy.ScheduledStart;
import dev.stagingpro.core.deploy.ScheduledWait;
import dev.stagingpro.core.deploy.StartTimeResolver;
import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanJson;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.migrate.engine.MigrationApplier;
import dev.stagingpro.core.migrate.engine.MigrationDefinitions;
import dev.stagingpro.core.migrate.engine.WorkSpool;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportFiles;
import dev.stagingpro.core.report.RunResult;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.model.StoreTimezone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apply}: applies the selected migrations (or exactly a saved plan, or only the failed
 * records of an earlier run). For each destination: approval before anything is written, then
 * the migration lock, the ledger check, a fresh plan against the destination by natural key (so a
 * killed run is finished without duplicates), and the writes in dependency order with the journal
 * and restore data under {@code .stagingpro/runs/RUN_ID/}. Ends with the ledger entry, the report
 * and the notifications. Outputs: {@code run-id}, {@code report}, {@code changed}.
 */
public final class ApplyHandler implements OperationHandler {
  private final ConnectorOptions connectorOptions;
  private final Adapters adapters;

  public ApplyHandler() {
    this(MigrationSetup.standard());
  }

  public ApplyHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
    this.adapters = setup.adapters();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    return apply(workspace, request, Operation.APPLY);
  }

  /** Shared with {@code release}, which applies first. */
  OperationResult apply(Workspace workspace, OperationRequest request, Operation operation) {
    Manifest manifest = workspace.loadManifest(true);
    Optional<OperationResult> nothing = MigrationScope.nothingDeclared(manifest, request);
    if (nothing.isPresent() && request.plan().isEmpty() && request.runId().isEmpty()) {
      return nothing.get();
    }
    if (request.plan().isPresent() && request.runId().isPresent()) {
      throw StagingProException.badInput("apply takes --plan FILE or --retry RUN_ID, not both");
    }
    Optional<Plan> saved = request.plan().map(file -> PlanJson.read(workspace.repoRoot().resolve(file)));
    Optional<Map<String, Map<Entity, Set<String>>>> retry = request.runId()
        .map(id -> RetryScope.failed(RunFolder.open(workspace.stateDir(), id)));
    List<MigrationSpec> specs = chosen(manifest, request, saved, retry);
    for (MigrationSpec spec : specs) {
      ApprovalGuard.check(operation, manifest.environment(spec.to()), request.approval());
    }
    List<String> lines = new ArrayList<>();
    if (specs.isEmpty()) {
      lines.add("Run " + request.runId().orElse("") + " has no failed records; nothing to retry.");
      return OperationResult.success(operation, lines, Map.of("changed", "false"), null);
    }
    RunSession session = new RunSession(workspace, manifest, operation, request);
    specs.forEach(spec -> session.report().environment(spec.to()));
    int written = 0;
    int failed = 0;
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, session.masker())) {
      waitForStart(workspace, request, access, specs.get(0).to());
      session.started();
      ReportFiles files;
      try {
        for (MigrationSpec spec : specs) {
          MigrationApplier.Outcome outcome = applyOne(workspace, request, session, access, spec, saved,
              retry.map(r -> r.getOrDefault(spec.id(), Map.of())), lines);
          written += outcome.written();
          failed += outcome.failed();
        }
      } catch (RuntimeException e) {
        session.report().warning(e.getMessage() == null ? e.toString() : e.getMessage());
        session.finish(access, Optional.of(written > 0 ? RunResult.PARTIAL : RunResult.FAILURE),
            "Apply stopped: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        throw e;
      }
      String message = "Applied " + specs.size() + " migration" + (specs.size() == 1 ? "" : "s") + ": " + written
          + " record" + (written == 1 ? "" : "s") + " written, " + failed + " failed";
      files = session.finish(access, Optional.empty(), message);
      lines.add(message + " (run " + session.runId() + ")");
      if (failed > 0) {
        lines.add("Retry the failed records with: stagingpro apply --retry " + session.runId());
      }
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put("run-id", session.runId());
      outputs.put("report", workspace.repoRoot().relativize(files.html()).toString());
      outputs.put("changed", String.valueOf(written > 0));
      return new OperationResult(operation, failed == 0, lines, outputs, null);
    }
  }

  private static List<MigrationSpec> chosen(Manifest manifest, OperationRequest request, Optional<Plan> saved,
      Optional<Map<String, Map<Entity, Set<String>>>> retry) {
    List<MigrationSpec> specs = MigrationScope.select(manifest, request);
    if (saved.isPresent()) {
      List<String> planned = saved.get().migrations().stream().map(MigrationPlan::migrationId).toList();
      for (String id : planned) {
        if (manifest.migration(id).isEmpty()) {
          throw StagingProException.badInput("the saved plan has migration '" + id + "', which stagingpro.yml no longer declares");
        }
      }
      specs = specs.stream().filter(s -> planned.contains(s.id())).toList();
    }
    if (retry.isPresent()) {
      specs = specs.stream().filter(s -> retry.get().containsKey(s.id())).toList();
    }
    return specs;
  }

  /** {@code --at}: waits (outside any lock) until the time, read in the destination store's time zone. */
  private void waitForStart(Workspace workspace, OperationRequest request, StoreAccess access, String destination) {
    if (request.at().isEmpty()) {
      return;
    }
    Optional<String> storeZone = Optional.ofNullable(access.side(destination).connector().storeInfo().timezone())
        .map(StoreTimezone::name);
    ScheduledStart start = StartTimeResolver.resolve(request.at().get(), request.zone(), storeZone, workspace.clock().instant());
    ScheduledWait wait = new ScheduledWait(workspace.clock(), connectorOptions.sleeper(), workspace.listener());
    wait.checkAllowed(start, request.maxWait().orElse(ScheduledWait.DEFAULT_MAX_WAIT), request.ci().inCi(), "stagingpro apply");
    wait.waitUntil(start);
  }

  private MigrationApplier.Outcome applyOne(Workspace workspace, OperationRequest request, RunSession session, StoreAccess access,
      MigrationSpec spec, Optional<Plan> saved, Optional<Map<Entity, Set<String>>> only, List<String> lines) {
    StoreSide destination = access.side(spec.to());
    access.requireMigratable(spec.to());
    try (MigrationLock.Held lock = session.lock(destination, spec.to())) {
      MigrationLedger ledger = new MigrationLedger(MetafieldStoreNotes.onStore(destination.connector().metafields()));
      String definition = MigrationDefinitions.checksum(spec, workspace.repoRoot());
      ledger.requireUnchanged(spec.to(), spec.id(), definition, request.reapply() || only.isPresent());
      Instant at = workspace.clock().instant();
      MigrationApplier applier = null;
      try (RunJournal journal = session.folder().startJournal(spec);
          WorkSpool spool = new WorkSpool(session.folder().scratch(spec.id()))) {
        MigrationPlan plan = new MigrationPlanning(access, adapters).plan(spec, spool, only);
        if (saved.isPresent()) {
          SavedPlanCheck.verify(saved.get().migrations().stream().filter(m -> m.migrationId().equals(spec.id())).findFirst().orElseThrow(),
              plan);
        }
        lines.addAll(PlanText.lines(new Plan(at, Optional.empty(), List.of(plan))));
        applier = new MigrationApplier(destination, adapters, spec.options(), journal, session.report(), workspace.listener());
        return applier.apply(plan, spool);
      } finally {
        if (applier != null) {
          ledger.record(record(spec, workspace, request, session, at, definition, applier.totals(), applier.written()));
        }
      }
    }
  }

  private static MigrationRecord record(MigrationSpec spec, Workspace workspace, OperationRequest request, RunSession session,
      Instant at, String definition, MigrationApplier.Outcome outcome, Map<String, Map<String, Long>> written) {
    String result = outcome.failed() == 0 ? MigrationRecord.SUCCESS : outcome.written() > 0 ? MigrationRecord.PARTIAL : MigrationRecord.FAILURE;
    return new MigrationRecord(null, spec.id(), spec.to(), MigrationDefinitions.from(spec, workspace.repoRoot()), definition,
        PlanHandler.commit(workspace.repoRoot()), request.ci().actor(), request.ci().runUrl(), session.runId(), at, result,
        written, outcome.failed());
  }
}
