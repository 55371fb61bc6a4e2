package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.history.StoreNotes;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.notify.Notifier;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportFiles;
import dev.stagingpro.core.report.ReportWriter;
import dev.stagingpro.core.report.RunReport;
import dev.stagingpro.core.report.RunReportBuilder;
import dev.stagingpro.core.report.RunResult;
import dev.stagingpro.core.secret.SecretMasker;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * What every writing migration operation (apply, restore, reset) shares: a run id and folder,
 * the report being built, the manifest's notifications (start, then success or failure), the
 * migration lock per destination, and the masker every token is registered with.
 */
final class RunSession {
  private final Workspace workspace;
  private final OperationRequest request;
  private final SecretMasker masker = new SecretMasker();
  private final Notifier notifier;
  private final RunReportBuilder report;
  private final RunFolder folder;
  private final String owner;

  RunSession(Workspace workspace, Manifest manifest, Operation operation, OperationRequest request) {
    this.workspace = workspace;
    this.request = request;
    String runId = RunJournal.newRunId(workspace.clock());
    this.owner = owner(request);
    this.notifier = new Notifier(manifest.notifications(), workspace.env(), masker, workspace.listener());
    this.report = RunReport.builder(runId, operation, workspace.clock()).ci(request.ci());
    PlanHandler.commit(workspace.repoRoot()).ifPresent(report::commit);
    this.folder = RunFolder.create(workspace.stateDir(), runId, operation.cliName(), owner, workspace.clock().instant());
  }

  /** Who runs this: the CI actor (or local user) and the machine, as locks and history name it. */
  static String owner(OperationRequest request) {
    String who = request.ci().actor().orElse(System.getProperty("user.name", "someone"));
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return who + "@" + host;
  }

  String runId() {
    return folder.runId();
  }

  RunFolder folder() {
    return folder;
  }

  RunReportBuilder report() {
    return report;
  }

  SecretMasker masker() {
    return masker;
  }

  String owner() {
    return owner;
  }

  void started() {
    notifier.notify(Event.START, report.snapshot(), Optional.empty());
  }

  /**
   * Takes the destination's migration lock. A lock left by a run of this workspace that was
   * killed (its folder has no report) is released first, so the next apply resumes it.
   */
  MigrationLock.Held lock(StoreSide destination, String environment) {
    StoreNotes notes = MetafieldStoreNotes.onStore(destination.connector().metafields());
    MigrationLock lock = new MigrationLock(notes, workspace.clock(), environment);
    for (MigrationLock.Holder holder : lock.liveHolders()) {
      if (holder.owner().equals(owner) && !holder.runId().equals(runId()) && RunFolder.unfinishedHere(workspace.stateDir(), holder.runId())) {
        workspace.listener().info("Run " + holder.runId() + " of this workspace stopped before it finished; releasing its lock on '"
            + environment + "' and finishing its work");
        lock.release(holder.runId());
      }
    }
    return lock.acquire(owner, runId(), request.ci().runUrl(), MigrationLock.DEFAULT_TTL);
  }

  /** Ends the run: the report goes to the run folder (masked), then the finish notification. */
  ReportFiles finish(StoreAccess access, Optional<RunResult> result, String message) {
    report.requests(access.metrics()).message(message);
    RunReport done = result.map(report::finish).orElseGet(report::finish);
    ReportFiles files = new ReportWriter(masker).writeAll(done, folder.path());
    notifier.notify(Notifier.finishEvent(done), done, Optional.of(workspace.repoRoot().relativize(files.html()).toString()));
    return files;
  }
}
