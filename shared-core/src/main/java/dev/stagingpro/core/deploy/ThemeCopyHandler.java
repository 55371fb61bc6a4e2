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
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.core.theme.ThemeBundler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code theme copy --from A --to B}: downloads the theme that A's first channel shows (with the
 * settings it has there), uploads it to B and activates it on B's channels, recording it in B's
 * history as a {@code theme copy} deployment (so B can roll back from it).
 */
public final class ThemeCopyHandler implements OperationHandler {
  private final DeployTools tools;

  public ThemeCopyHandler() {
    this(DeployTools.standard());
  }

  public ThemeCopyHandler(DeployTools tools) {
    this.tools = tools;
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    EnvironmentSpec from = manifest.environment(request.from().orElseThrow(() -> missing("--from")));
    EnvironmentSpec to = manifest.environment(request.to().orElseThrow(() -> missing("--to")));
    if (from.name().equals(to.name())) {
      throw StagingProException.badInput("theme copy --from and --to both name '" + from.name() + "'; give two environments");
    }
    ApprovalGuard.check(Operation.THEME_COPY, to, request.approval());
    SecretMasker masker = new SecretMasker();
    try (StoreSession source = StoreSession.open(workspace, from, tools, masker);
        StoreSession destination = StoreSession.open(workspace, to, tools, masker)) {
      ReportedRun run = ReportedRun.begin(workspace, manifest, request, masker, Optional.empty(), from.name(), to.name());
      RecordDraft draft = new RecordDraft("theme copy", to.name());
      return run.complete(destination, Optional.of(draft),
          () -> copy(workspace, request, manifest.theme(), source, destination, run, draft));
    }
  }

  private OperationResult copy(Workspace workspace, OperationRequest request, Optional<ThemeSpec> spec, StoreSession source,
      StoreSession destination, ReportedRun run, RecordDraft draft) {
    int sourceChannel = ThemeActivator.channels(source.environment(), spec, source.store()).get(0);
    Theme theme = StorefrontChannels.shownOn(source.store(), sourceChannel).flatMap(uuid -> source.store().themes().get(uuid))
        .orElseThrow(() -> StagingProException.failed("Channel " + sourceChannel + " of '" + source.name() + "' shows no theme to copy"));
    Path zip = workspace.stateDir().resolve("themes").resolve(source.name() + "-" + theme.uuid() + ".zip");
    run.timed("download", () -> {
      createParent(zip);
      return source.store().themes().download(theme.uuid(), ThemeActivator.LAST_ACTIVATED, zip);
    });
    draft.checksum(checksum(zip));
    String name = ThemeSource.themeName(zip);
    List<String> lines = new ArrayList<>();
    lines.add("  downloaded '" + theme.name() + "' (" + theme.uuid() + ") as channel " + sourceChannel + " of " + source.name()
        + " shows it: " + zip);

    ThemeUploader.Uploaded upload = run.timed("upload", () -> new ThemeRollout(destination, workspace, tools).upload(zip, name));
    draft.uploaded(upload.themeUuid(), name);
    run.uploaded(upload, lines);
    List<Integer> channels = ThemeActivator.channels(destination.environment(), spec, destination.store());
    ThemeActivator.Activation activation = run.timed("activate", () -> new ThemeRollout(destination, workspace, tools)
        .activate(upload.themeUuid(), spec.flatMap(ThemeSpec::variation), channels, ThemeActivator.ORIGINAL));
    draft.activated(activation);
    run.recorded(destination, draft);
    String message = "Copied theme '" + theme.name() + "' from " + source.name() + " to " + destination.name() + ": "
        + DeployHandler.describe(activation) + " on " + DeployHandler.channelList(channels);
    return run.activated(message, lines, activation, Map.of());
  }

  private static StagingProException missing(String flag) {
    return StagingProException.badInput("theme copy needs " + flag + " ENV (Maven stagingpro." + flag.substring(2)
        + ", Jenkins " + flag.substring(2) + ":, Action " + flag.substring(2) + ")");
  }

  private static void createParent(Path file) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw StagingProException.failed("Cannot create " + file.getParent() + ": " + e.getMessage(), e);
    }
  }

  private static String checksum(Path zip) {
    try {
      return ThemeBundler.sha256(zip);
    } catch (IOException e) {
      throw StagingProException.failed("Cannot read the downloaded theme " + zip + ": " + e.getMessage(), e);
    }
  }
}
