package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
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
import dev.stagingpro.core.store.model.StoreTimezone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy}: bundles the repository's theme (a ref or the working tree), uploads it unless
 * nothing under the theme folder changed since the environment's last deployment ({@code --force}
 * uploads anyway), activates the configured variation on the environment's channels, checks each
 * channel and records the deployment in the store's history. With {@code --at} it starts at that
 * time in the store's own zone; the theme is bundled (and so validated) before the wait.
 * Outputs: {@code theme-id}, {@code changed} (whether a theme was uploaded), {@code report}.
 */
public final class DeployHandler implements OperationHandler {
  static final String OUTPUT_CHANGED = "changed";

  private final DeployTools tools;

  public DeployHandler() {
    this(DeployTools.standard());
  }

  public DeployHandler(DeployTools tools) {
    this.tools = tools;
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    EnvironmentSpec env = manifest.environment(request.requireEnvironment());
    ThemeSpec spec = manifest.theme().orElseThrow(() -> StagingProException.badInput(
        workspace.manifestFile() + ": no theme is declared; add theme: path: <folder of the Stencil theme>"));
    ApprovalGuard.check(Operation.DEPLOY, env, request.approval());
    SecretMasker masker = new SecretMasker();
    try (StoreSession session = StoreSession.open(workspace, env, tools, masker)) {
      ThemeSource.Revision revision = ThemeSource.revision(workspace, spec, request.ref());
      Optional<ScheduledStart> start = schedule(workspace, request, session);
      // Bundling before a scheduled wait validates the theme now, not hours later.
      Optional<ThemeSource.Built> built = start.map(s -> ThemeSource.bundle(workspace, spec, request.ref()));
      start.ifPresent(s -> new ScheduledWait(workspace.clock(), tools.sleeper(), workspace.listener()).waitUntil(s));

      ReportedRun run = ReportedRun.begin(workspace, manifest, request, masker, revision.commit(), env.name());
      RecordDraft draft = new RecordDraft("deploy", env.name());
      return run.complete(session, Optional.of(draft), () -> deploy(workspace, request, spec, session, run, revision, built, draft));
    }
  }

  private OperationResult deploy(Workspace workspace, OperationRequest request, ThemeSpec spec, StoreSession session,
      ReportedRun run, ThemeSource.Revision revision, Optional<ThemeSource.Built> prebuilt, RecordDraft draft) {
    ThemeRollout rollout = new ThemeRollout(session, workspace, tools);
    Optional<DeploymentRecord> last = session.history().lastSuccess(session.name())
        .filter(r -> rollout.exists(r.themeUuid().orElseThrow()));
    ChangeDetector.Decision byTree = ChangeDetector.byTree(last, revision.themeTree(), request.force());
    Optional<ThemeSource.Built> built = byTree.upload()
        ? Optional.of(prebuilt.orElseGet(() -> run.timed("bundle", () -> ThemeSource.bundle(workspace, spec, request.ref()))))
        : prebuilt;
    ChangeDetector.Decision decision = built.filter(b -> byTree.upload())
        .map(b -> ChangeDetector.byChecksum(last, b.sha256(), request.force()))
        .filter(byBundle -> !byBundle.upload())
        .orElse(byTree);
    workspace.listener().info(decision.reason());
    draft.source(revision.commit(), revision.themeTree(), built.map(ThemeSource.Built::sha256)
        .or(() -> decision.reuse().flatMap(DeploymentRecord::bundleChecksum)));

    List<String> lines = new ArrayList<>();
    List<Integer> channels = ThemeActivator.channels(session.environment(), Optional.of(spec), session.store());
    ThemeActivator.Activation activation;
    if (decision.upload()) {
      ThemeSource.Built bundle = built.orElseThrow();
      ThemeUploader.Uploaded upload = run.timed("upload", () -> rollout.upload(bundle.zip(), bundle.themeName()));
      draft.uploaded(upload.themeUuid(), bundle.themeName());
      run.uploaded(upload, lines);
      activation = run.timed("activate",
          () -> rollout.activate(upload.themeUuid(), spec.variation(), channels, ThemeActivator.ORIGINAL));
    } else {
      String reused = decision.reuse().orElseThrow().themeUuid().orElseThrow();
      activation = run.timed("activate", () -> rollout.activate(reused, spec.variation(), channels, ThemeActivator.LAST_ACTIVATED));
    }
    draft.activated(activation);
    run.recorded(session, draft);
    String message = (decision.upload() ? "Deployed" : "Re-activated unchanged") + " theme " + describe(activation)
        + " on " + session.name() + " " + channelList(channels);
    lines.add(0, "  " + decision.reason());
    return run.activated(message, lines, activation, Map.of(OUTPUT_CHANGED, Boolean.toString(decision.upload())));
  }

  /** Reads {@code --at} in the store's zone and refuses what cannot be waited for, before anything else runs. */
  private Optional<ScheduledStart> schedule(Workspace workspace, OperationRequest request, StoreSession session) {
    if (request.at().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> storeZone = Optional.ofNullable(session.store().storeInfo().timezone()).map(StoreTimezone::name);
    ScheduledStart start = StartTimeResolver.resolve(request.at().get(), request.zone(), storeZone, workspace.clock().instant());
    new ScheduledWait(workspace.clock(), tools.sleeper(), workspace.listener()).checkAllowed(start,
        request.maxWait().orElse(ScheduledWait.DEFAULT_MAX_WAIT), request.ci().inCi(), "stagingpro deploy --env " + session.name());
    return Optional.of(start);
  }

  /** e.g. "channel 1" or "channels 1, 2". */
  static String channelList(List<Integer> channels) {
    return "channel" + (channels.size() == 1 ? " " : "s ") + String.join(", ", channels.stream().map(String::valueOf).toList());
  }

  /** e.g. "'Demo' (uuid) variation 'Light'". */
  static String describe(ThemeActivator.Activation activation) {
    return "'" + activation.themeName() + "' (" + activation.themeUuid() + ") variation '" + activation.variationName() + "'";
  }
}
