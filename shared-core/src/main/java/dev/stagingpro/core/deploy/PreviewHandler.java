package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.PreviewSpec;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code preview --pr N}: shows a pull request's theme on a prelaunch storefront channel of
 * {@code preview.environment}, from a pool of at most {@code preview.channels} channels (checked
 * against the store's storefront limits). The pull request keeps its channel, else takes a free
 * one, else a new one, else the least recently used one; a channel note names the holder. Prints
 * the channel's site URL (output {@code preview-url}).
 */
public final class PreviewHandler implements OperationHandler {
  static final String OUTPUT_PREVIEW_URL = "preview-url";

  private final DeployTools tools;

  public PreviewHandler() {
    this(DeployTools.standard());
  }

  public PreviewHandler(DeployTools tools) {
    this.tools = tools;
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    PreviewSpec preview = previewSpec(workspace, manifest);
    ThemeSpec spec = manifest.theme().orElseThrow(() -> StagingProException.badInput(
        workspace.manifestFile() + ": no theme is declared; add theme: path: <folder of the Stencil theme>"));
    int pr = pullRequest(request);
    EnvironmentSpec env = manifest.environment(preview.environment());
    ApprovalGuard.check(Operation.PREVIEW, env, request.approval());
    SecretMasker masker = new SecretMasker();
    try (StoreSession session = StoreSession.open(workspace, env, tools, masker)) {
      StorefrontRoom room = StorefrontRoom.of(env.name(), session.store().storeInfo(), StorefrontChannels.live(session.store()).size());
      ThemeSource.Revision revision = ThemeSource.revision(workspace, spec, request.ref());
      ReportedRun run = ReportedRun.begin(workspace, manifest, request, masker, revision.commit(), env.name());
      return run.complete(session, Optional.empty(), () -> preview(workspace, request, spec, preview, pr, session, room, revision, run));
    }
  }

  private OperationResult preview(Workspace workspace, OperationRequest request, ThemeSpec spec, PreviewSpec preview, int pr,
      StoreSession session, StorefrontRoom room, ThemeSource.Revision revision, ReportedRun run) {
    StoreConnector store = session.store();
    PreviewPool pool = new PreviewPool(store);
    List<PreviewSlot> slots = pool.slots();
    PreviewSlotChooser.Choice choice = PreviewSlotChooser.choose(pr, slots, preview.channels(), room.hasRoom());
    List<String> lines = new ArrayList<>();
    int channelId = switch (choice.kind()) {
      case OWN, FREE -> choice.slot().orElseThrow().channelId();
      case CREATE -> createChannel(store, lines);
      case EVICT -> {
        PreviewSlot taken = choice.slot().orElseThrow();
        String why = "the preview pool is full (" + slots.size() + " of " + preview.channels() + " channels; " + room.describe()
            + "): taking channel " + taken.channelId() + " from PR #" + taken.holder().orElseThrow() + ", its least recently used";
        workspace.listener().warn(why);
        run.report().warning(why);
        lines.add("  " + why);
        yield taken.channelId();
      }
      case NONE -> throw StagingProException.failed("No preview channel for PR #" + pr + " on '" + session.name() + "': the store"
          + " has no room for another storefront (" + room.describe() + ") and the pool has none yet. Archive a storefront"
          + " you no longer use, or raise the store's storefront limit.");
    };
    Optional<PreviewClaim> previous = choice.slot().flatMap(PreviewSlot::claim).filter(PreviewClaim::isHeld);

    ThemeSource.Built built = run.timed("bundle", () -> ThemeSource.bundle(workspace, spec, request.ref()));
    ThemeRollout rollout = new ThemeRollout(session, workspace, tools);
    Optional<String> unchanged = previous.filter(c -> c.pullRequest().equals(Optional.of(pr)))
        .filter(c -> c.bundleChecksum().equals(Optional.of(built.sha256())))
        .flatMap(PreviewClaim::themeUuid).filter(rollout::exists);
    String themeUuid;
    if (unchanged.isPresent()) {
      themeUuid = unchanged.get();
      lines.add("  the bundle is unchanged since this PR's last preview: reusing theme " + themeUuid);
    } else {
      ThemeUploader.Uploaded upload = run.timed("upload", () -> rollout.upload(built.zip(), built.themeName()));
      run.uploaded(upload, lines);
      themeUuid = upload.themeUuid();
    }
    ThemeActivator.Activation activation = run.timed("activate",
        () -> rollout.activate(themeUuid, spec.variation(), List.of(channelId), ThemeActivator.ORIGINAL));
    pool.claim(channelId, PreviewClaim.held(pr, themeUuid, revision.commit(), Optional.of(built.sha256()),
        workspace.clock().instant(), request.ci().runUrl()), run.runId());
    previous.flatMap(PreviewClaim::themeUuid).filter(old -> !old.equals(themeUuid))
        .ifPresent(old -> PreviewThemes.deleteQuietly(store, old, "replaced on preview channel " + channelId, run, lines));

    String url = siteUrl(session, channelId);
    String message = "Preview of PR #" + pr + " on " + session.name() + " channel " + channelId + ": " + url;
    lines.add(0, "  theme " + DeployHandler.describe(activation));
    run.report().previewUrl(url);
    return run.activated(message, lines, activation, Map.of(OUTPUT_PREVIEW_URL, url));
  }

  /** A new prelaunch storefront for the pool (prelaunch can only be set when a channel is created). */
  private static int createChannel(StoreConnector store, List<String> lines) {
    List<Channel> all;
    try (Stream<Channel> storefronts = store.channels().list(ListQuery.where("type:in", "storefront"))) {
      all = storefronts.toList();
    }
    Channel created = store.channels().create(Channel.storefront(PreviewPool.nextName(all), "prelaunch"));
    lines.add("  created prelaunch storefront channel " + created.id() + " '" + created.name() + "' for the preview pool");
    return created.id();
  }

  /**
   * The channel's site URL, creating the site on the store's own permanent address for the
   * channel ({@code store-HASH-CHANNEL.mybigcommerce.com}) when the channel has none yet.
   */
  private static String siteUrl(StoreSession session, int channelId) {
    Site site = session.store().channels().site(channelId).orElseGet(() -> session.store().channels()
        .createSite(channelId, "https://store-" + session.endpoint().storeHash() + "-" + channelId + ".mybigcommerce.com"));
    return site.url();
  }

  static PreviewSpec previewSpec(Workspace workspace, Manifest manifest) {
    return manifest.preview().orElseThrow(() -> StagingProException.badInput(workspace.manifestFile()
        + ": no preview: section; add preview: with environment: <environment for previews> and channels: <pool size>"));
  }

  static int pullRequest(OperationRequest request) {
    return request.pullRequest().orElseThrow(() -> StagingProException.badInput("'" + request.operation().cliName()
        + "' needs the pull request number (CLI --pr, Maven -Dstagingpro.pr, Jenkins pr:, Action pr)"));
  }
}
