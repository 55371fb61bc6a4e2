package dev.stagingpro.core.deploy;

import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.PreviewSpec;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code preview cleanup --pr N}: frees the pull request's preview channel and deletes its theme.
 * A theme a channel shows cannot be deleted, so the channel first gets the theme the store's
 * default storefront shows. Running it for a pull request without a preview changes nothing.
 */
public final class PreviewCleanupHandler implements OperationHandler {
  private final DeployTools tools;

  public PreviewCleanupHandler() {
    this(DeployTools.standard());
  }

  public PreviewCleanupHandler(DeployTools tools) {
    this.tools = tools;
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    PreviewSpec preview = PreviewHandler.previewSpec(workspace, manifest);
    int pr = PreviewHandler.pullRequest(request);
    EnvironmentSpec env = manifest.environment(preview.environment());
    ApprovalGuard.check(Operation.PREVIEW_CLEANUP, env, request.approval());
    SecretMasker masker = new SecretMasker();
    try (StoreSession session = StoreSession.open(workspace, env, tools, masker)) {
      PreviewPool pool = new PreviewPool(session.store());
      Optional<PreviewSlot> held = pool.slots().stream().filter(s -> s.holder().equals(Optional.of(pr))).findFirst();
      if (held.isEmpty()) {
        return OperationResult.success(Operation.PREVIEW_CLEANUP,
            List.of("PR #" + pr + " holds no preview channel on " + env.name() + "; nothing to clean up"), Map.of(), null);
      }
      ReportedRun run = ReportedRun.begin(workspace, manifest, request, masker, Optional.empty(), env.name());
      return run.complete(session, Optional.empty(), () -> cleanUp(workspace, session, pool, held.get(), pr, run));
    }
  }

  private OperationResult cleanUp(Workspace workspace, StoreSession session, PreviewPool pool, PreviewSlot slot, int pr, ReportedRun run) {
    StoreConnector store = session.store();
    List<String> lines = new ArrayList<>();
    Optional<String> prTheme = slot.claim().flatMap(PreviewClaim::themeUuid);
    if (prTheme.isPresent() && prTheme.equals(StorefrontChannels.shownOn(store, slot.channelId()))) {
      showLiveTheme(workspace, store, slot.channelId(), lines);
    }
    pool.claim(slot.channelId(), PreviewClaim.freed(workspace.clock().instant()), run.runId());
    prTheme.ifPresent(uuid -> PreviewThemes.deleteQuietly(store, uuid, "preview of PR #" + pr + " cleaned up", run, lines));
    String message = "Freed preview channel " + slot.channelId() + " of PR #" + pr + " on " + session.name();
    lines.add(0, message);
    return run.succeed(message, lines, Map.of(), slot);
  }

  private void showLiveTheme(Workspace workspace, StoreConnector store, int channelId, List<String> lines) {
    Integer defaultChannel = Optional.ofNullable(store.storeInfo().defaultChannelId()).orElse(1);
    Optional<Theme> live = StorefrontChannels.shownOn(store, defaultChannel).flatMap(uuid -> store.themes().get(uuid));
    if (live.isEmpty()) {
      lines.add("  the default storefront shows no theme to put on channel " + channelId + "; its PR theme stays");
      return;
    }
    ThemeActivator.Activation shown = new ThemeActivator(store, workspace.listener())
        .activate(live.get().uuid(), Optional.empty(), List.of(channelId), ThemeActivator.ORIGINAL);
    lines.add("  channel " + channelId + " shows the live theme " + DeployHandler.describe(shown) + " again");
  }
}
