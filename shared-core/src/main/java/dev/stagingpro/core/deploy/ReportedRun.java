package dev.stagingpro.core.deploy;

import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.notify.Notifier;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportFiles;
import dev.stagingpro.core.report.ReportWriter;
import dev.stagingpro.core.report.RunReport;
import dev.stagingpro.core.report.RunReportBuilder;
import dev.stagingpro.core.report.RunResult;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One theme run with its report and notifications: a start notification, then at the end the
 * report in {@code .stagingpro/runs/RUN_ID/} (output {@code report}) and a success, failure or
 * rollback notification. Upload errors become report failures naming their file, and upload
 * warnings report warnings.
 */
final class ReportedRun {
  static final String OUTPUT_REPORT = "report";
  static final String OUTPUT_THEME_ID = "theme-id";

  private final Workspace workspace;
  private final OperationRequest request;
  private final String runId;
  private final RunReportBuilder report;
  private final SecretMasker masker;
  private final Notifier notifier;

  private ReportedRun(Workspace workspace, OperationRequest request, String runId, RunReportBuilder report, SecretMasker masker,
      Notifier notifier) {
    this.workspace = workspace;
    this.request = request;
    this.runId = runId;
    this.report = report;
    this.masker = masker;
    this.notifier = notifier;
  }

  /**
   * Starts the run's report for {@code environments} and sends the start notification: call it
   * once the run is sure to go ahead (after a scheduled wait, for instance).
   */
  static ReportedRun begin(Workspace workspace, Manifest manifest, OperationRequest request, SecretMasker masker,
      Optional<String> commit, String... environments) {
    String runId = request.runId().orElseGet(() -> RunJournal.newRunId(workspace.clock()));
    RunReportBuilder report = RunReport.builder(runId, request.operation(), workspace.clock()).ci(request.ci());
    for (String environment : environments) {
      report.environment(environment);
    }
    commit.ifPresent(report::commit);
    Notifier notifier = new Notifier(manifest.notifications(), workspace.env(), masker, workspace.listener());
    notifier.notify(Event.START, report.snapshot(), Optional.empty());
    return new ReportedRun(workspace, request, runId, report, masker, notifier);
  }

  /**
   * Runs the work of the run. A failure is recorded in the store's history as a failed deployment
   * (when {@code draft} is given and the store can still be written), reported and notified, and
   * then thrown on.
   */
  OperationResult complete(StoreSession session, Optional<RecordDraft> draft, Supplier<OperationResult> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      draft.ifPresent(d -> {
        try {
          session.history().record(d.failure(runId, request.ci(), workspace.clock().instant(), masker.mask(e.getMessage())));
        } catch (RuntimeException recordFailure) {
          e.addSuppressed(recordFailure);
        }
      });
      throw fail(e);
    }
  }

  String runId() {
    return runId;
  }

  RunReportBuilder report() {
    return report;
  }

  /** Runs one phase of the run, timed in the report even when it fails. */
  <T> T timed(String phase, Supplier<T> step) {
    RunReportBuilder.PhaseTimer timer = report.startPhase(phase);
    try {
      return step.get();
    } finally {
      timer.stop();
    }
  }

  void warnings(List<UploadMessage> warnings) {
    warnings.forEach(w -> report.warning("Theme upload warning: " + w.describe()));
  }

  /** Puts an upload's warnings and the themes deleted to make room into the report and {@code lines}. */
  void uploaded(ThemeUploader.Uploaded upload, List<String> lines) {
    warnings(upload.warnings());
    upload.warnings().forEach(w -> lines.add("  upload warning: " + w.describe()));
    upload.deleted().forEach(d -> {
      report.warning(d.describe());
      lines.add("  " + d.describe());
    });
  }

  /** Records the deployment in the store's history as a success. */
  void recorded(StoreSession session, RecordDraft draft) {
    session.history().record(draft.success(runId, request.ci(), workspace.clock().instant()));
  }

  /**
   * Ends a run that put a theme on channels: {@code message} first in the lines, the theme in the
   * report and in output {@code theme-id}, then {@code more} outputs.
   */
  OperationResult activated(String message, List<String> lines, ThemeActivator.Activation activation, Map<String, String> more) {
    List<String> allLines = new ArrayList<>(lines);
    allLines.add(0, message);
    report.themeId(activation.themeUuid());
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put(OUTPUT_THEME_ID, activation.themeUuid());
    outputs.putAll(more);
    return succeed(message, allLines, outputs, activation);
  }

  OperationResult succeed(String message, List<String> lines, Map<String, String> outputs, Object data) {
    report.message(message);
    RunReport finished = report.finish(RunResult.SUCCESS);
    String path = write(finished);
    Map<String, String> all = new LinkedHashMap<>(outputs);
    all.put(OUTPUT_REPORT, path);
    List<String> allLines = new ArrayList<>(lines);
    allLines.add("Report: " + path);
    return OperationResult.success(request.operation(), allLines, all, data);
  }

  /** Ends the run as failed (report and notification) and gives the failure back to throw. */
  private RuntimeException fail(RuntimeException failure) {
    if (failure instanceof UploadFailedException upload) {
      upload.errors().forEach(e -> report.failure("theme file", e.file().orElse("bundle"), e.describe()));
      warnings(upload.warnings());
    }
    report.message(masker.mask(String.valueOf(failure.getMessage())));
    try {
      write(report.finish(RunResult.FAILURE));
    } catch (RuntimeException reportFailure) {
      failure.addSuppressed(reportFailure);
    }
    return failure;
  }

  private String write(RunReport finished) {
    ReportFiles files = new ReportWriter(masker).writeAll(finished, RunJournal.runsFolder(workspace.stateDir()).resolve(runId));
    String path = workspace.repoRoot().relativize(files.html()).toString().replace('\\', '/');
    notifier.notify(Notifier.finishEvent(finished), finished, Optional.of(path));
    return path;
  }
}
