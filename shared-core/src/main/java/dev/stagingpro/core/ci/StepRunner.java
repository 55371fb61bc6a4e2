package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one CI step where the workspace is: binds the fetched credentials onto the manifest's
 * {@code ${VAR}} names, runs the operation, writes its events, lines and summary to the build log
 * with every secret masked, and lists the run journals to archive. A failure the user must read
 * ({@link StagingProException}) becomes a failed {@link StepOutcome}, never a stack trace.
 */
public final class StepRunner {
  /** Reads the manifest (secrets not required), to learn which {@code ${VAR}} names credentials answer. */
  @FunctionalInterface
  public interface ManifestReader {
    Manifest read(Workspace workspace);
  }

  private final OperationRunner operations;
  private final ManifestReader manifests;
  private final EnvLookup processEnv;
  private final Clock clock;

  public StepRunner(OperationRunner operations, ManifestReader manifests, EnvLookup processEnv, Clock clock) {
    this.operations = operations;
    this.manifests = manifests;
    this.processEnv = processEnv;
    this.clock = clock;
  }

  /** The core's operations, manifest loader, process environment and clock. */
  public static StepRunner standard() {
    return new StepRunner(OperationRunner.standard(), workspace -> workspace.loadManifest(false), EnvLookup.system(),
        Clock.systemUTC());
  }

  /** @param log receives each finished log line */
  public StepOutcome run(StepCall call, Path workspaceDir, Consumer<String> log) {
    LogMasker masked = new LogMasker(log);
    masked.registerAll(call.credentials().secrets());
    Operation operation = call.arguments().operation();
    masked.println("StagingPro " + operation.cliName() + " (" + operation.step() + ")");
    call.credentials().describe().forEach(line -> masked.println("  " + line));
    StepOutcome outcome;
    try {
      OperationResult result = runOperation(call, workspaceDir, masked);
      result.lines().forEach(masked::println);
      StepReturnValue.summary(result).forEach(masked::println);
      outcome = result.success()
          ? StepOutcome.success(StepReturnValue.of(result))
          : StepOutcome.failure(operation.step() + " did not succeed; "
              + result.outputs().getOrDefault(StepReturnValue.OUTPUT_REPORT, "the log above") + " says what failed",
              StagingProException.EXIT_WORK_FAILED);
    } catch (StagingProException e) {
      outcome = StepOutcome.failure(masked.mask(e.getMessage()), e.exitCode());
    }
    return outcome.withRunFiles(runFiles(workspaceDir, masked));
  }

  private OperationResult runOperation(StepCall call, Path workspaceDir, LogMasker masked) {
    Path manifestFile = call.arguments().manifestFile(workspaceDir);
    EnvLookup env = call.buildEnv().orElse(processEnv);
    if (!call.credentials().isEmpty()) {
      Manifest manifest = manifests.read(
          new Workspace(workspaceDir, manifestFile, masked.watching(env), ProgressListener.NONE, clock));
      env = call.credentials().lookup(manifest).orElse(env);
    }
    Workspace workspace = new Workspace(workspaceDir, manifestFile, masked.watching(env), new ProgressLog(masked), clock);
    return operations.run(workspace, call.arguments().toRequest(workspaceDir, call.ci()));
  }

  // Keeping the journals is a courtesy: failing to list them must not turn a good run into a failed one.
  private static List<String> runFiles(Path workspaceDir, LogMasker masked) {
    try {
      return RunJournalFiles.list(workspaceDir);
    } catch (StagingProException e) {
      masked.println("WARNING: " + e.getMessage());
      return List.of();
    }
  }
}
