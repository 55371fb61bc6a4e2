package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.HistoryEntry;
import dev.stagingpro.core.history.HistoryListing;
import dev.stagingpro.core.history.HistorySource;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rollback}: puts an earlier deployment's theme back on its channels. {@code --to N} names
 * the entry as {@code stagingpro history} numbers it; without it, the newest successful deployment
 * whose theme differs from the current one. The theme is re-activated (with the settings it last
 * had) if the store still has it; otherwise it is rebuilt from its commit, uploaded and activated.
 */
public final class RollbackHandler implements OperationHandler {
  private final DeployTools tools;
  private final List<HistorySource> sources;

  public RollbackHandler(List<HistorySource> sources) {
    this(DeployTools.standard(), sources);
  }

  public RollbackHandler(DeployTools tools, List<HistorySource> sources) {
    this.tools = tools;
    this.sources = List.copyOf(sources);
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    EnvironmentSpec env = manifest.environment(request.requireEnvironment());
    ApprovalGuard.check(Operation.ROLLBACK, env, request.approval());
    SecretMasker masker = new SecretMasker();
    try (StoreSession session = StoreSession.open(workspace, env, tools, masker)) {
      HistoryListing listing = HistoryListing.of(session.notes(), env.name(), sources);
      Target target = request.historyEntry().map(n -> numbered(listing, n)).orElseGet(() -> previous(listing));
      ReportedRun run = ReportedRun.begin(workspace, manifest, request, masker, target.record().commit(), env.name());
      RecordDraft draft = new RecordDraft("rollback", env.name())
          .source(target.record().commit(), target.record().themeTree(), target.record().bundleChecksum());
      return run.complete(session, Optional.of(draft), () -> rollBack(workspace, request, manifest.theme(), session, run, target, draft));
    }
  }

  private OperationResult rollBack(Workspace workspace, OperationRequest request, Optional<ThemeSpec> spec, StoreSession session,
      ReportedRun run, Target target, RecordDraft draft) {
    DeploymentRecord record = target.record();
    String themeUuid = record.themeUuid().orElseThrow();
    List<Integer> channels = record.channels().isEmpty()
        ? ThemeActivator.channels(session.environment(), spec, session.store()) : record.channels();
    Optional<String> variation = record.variation().or(() -> spec.flatMap(ThemeSpec::variation));
    ThemeRollout rollout = new ThemeRollout(session, workspace, tools);
    List<String> lines = new ArrayList<>();
    ThemeActivator.Activation activation;
    if (rollout.exists(themeUuid)) {
      lines.add("  the store still has theme " + themeUuid + ": re-activating it with the settings it last had");
      activation = run.timed("activate", () -> rollout.activate(themeUuid, variation, channels, ThemeActivator.LAST_ACTIVATED));
    } else {
      ThemeSpec theme = spec.orElseThrow(() -> StagingProException.badInput(workspace.manifestFile()
          + ": theme " + themeUuid + " is no longer on the store, and rebuilding it needs theme: path: in the manifest"));
      String commit = record.commit().orElseThrow(() -> StagingProException.failed("Theme " + themeUuid + " of entry #"
          + target.number() + " is no longer on store '" + session.name() + "', and that deployment has no commit to rebuild"
          + " it from (it came from uncommitted changes or another store). Pick another entry with --to N."));
      lines.add("  theme " + themeUuid + " is no longer on the store: rebuilding it from commit " + commit);
      ThemeSource.Built built = run.timed("bundle", () -> ThemeSource.bundle(workspace, theme, Optional.of(commit)));
      if (record.bundleChecksum().filter(sum -> !sum.equals(built.sha256())).isPresent()) {
        String warning = "The rebuilt bundle differs from the one deployed then (sha256 " + built.sha256() + " vs "
            + record.bundleChecksum().get() + "), e.g. because the theme's build is not reproducible";
        workspace.listener().warn(warning);
        run.report().warning(warning);
      }
      draft.checksum(built.sha256());
      ThemeUploader.Uploaded upload = run.timed("upload", () -> rollout.upload(built.zip(), built.themeName()));
      draft.uploaded(upload.themeUuid(), built.themeName());
      run.uploaded(upload, lines);
      activation = run.timed("activate", () -> rollout.activate(upload.themeUuid(), variation, channels, ThemeActivator.ORIGINAL));
    }
    draft.activated(activation);
    run.recorded(session, draft);
    String message = "Rolled " + session.name() + " back to entry #" + target.number() + " (" + record.at()
        + record.commit().map(c -> ", commit " + c.substring(0, Math.min(7, c.length()))).orElse("") + "): theme "
        + DeployHandler.describe(activation) + " on " + DeployHandler.channelList(channels);
    return run.activated(message, lines, activation, Map.of());
  }

  /** A history entry picked for rollback and its number in the listing. */
  private record Target(int number, DeploymentRecord record) {}

  private static Target numbered(HistoryListing listing, int n) {
    HistoryEntry entry = listing.entry(n).orElseThrow(() -> StagingProException.badInput("--to " + n + ": the history of "
        + listing.environment() + " has " + listing.entries().size() + " entries; see stagingpro history --env " + listing.environment()));
    if (!(entry.details() instanceof DeploymentRecord record)) {
      throw StagingProException.badInput("--to " + n + ": entry #" + n + " is a " + entry.kind() + ", not a deployment;"
          + " rollback re-activates deployments (a migration run is put back with stagingpro restore RUN_ID)");
    }
    if (!record.succeeded() || record.themeUuid().isEmpty()) {
      throw StagingProException.badInput("--to " + n + ": entry #" + n + " is a failed deployment; pick a successful one");
    }
    return new Target(n, record);
  }

  /** The newest successful deployment whose theme differs from the current (newest successful) one. */
  private static Target previous(HistoryListing listing) {
    Optional<String> current = Optional.empty();
    for (HistoryEntry entry : listing.entries()) {
      if (entry.details() instanceof DeploymentRecord record && record.succeeded() && record.themeUuid().isPresent()) {
        if (current.isEmpty()) {
          current = record.themeUuid();
        } else if (!current.equals(record.themeUuid())) {
          return new Target(entry.number(), record);
        }
      }
    }
    throw StagingProException.failed("No earlier deployment of " + listing.environment() + " with another theme is recorded,"
        + " so there is nothing to roll back to; see stagingpro history --env " + listing.environment());
  }
}
