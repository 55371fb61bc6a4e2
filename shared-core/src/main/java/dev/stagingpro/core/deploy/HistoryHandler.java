package dev.stagingpro.core.deploy;

import dev.stagingpro.core.history.HistoryEntry;
import dev.stagingpro.core.history.HistoryListing;
import dev.stagingpro.core.history.HistorySource;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.report.ReportText;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code history}: what the environment's store recorded, every source's entries in one list
 * (kind {@code deployment} or {@code migration}), newest first and numbered for {@code rollback
 * --to N}. The data for {@code --json} is a {@link HistoryListing}.
 */
public final class HistoryHandler implements OperationHandler {
  private final DeployTools tools;
  private final List<HistorySource> sources;

  public HistoryHandler(List<HistorySource> sources) {
    this(DeployTools.standard(), sources);
  }

  public HistoryHandler(DeployTools tools, List<HistorySource> sources) {
    this.tools = tools;
    this.sources = List.copyOf(sources);
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    EnvironmentSpec env = workspace.loadManifest(false).environment(request.requireEnvironment());
    try (StoreSession session = StoreSession.open(workspace, env, tools, new SecretMasker())) {
      HistoryListing listing = HistoryListing.of(session.notes(), env.name(), sources);
      List<String> lines = new ArrayList<>();
      lines.add(listing.entries().isEmpty()
          ? "No deployments or migrations are recorded for " + env.name() + " yet"
          : "History of " + env.name() + ", newest first (rollback --to N takes these numbers):");
      listing.entries().forEach(e -> lines.add(line(e)));
      return OperationResult.success(Operation.HISTORY, lines, Map.of("entries", Integer.toString(listing.entries().size())), listing);
    }
  }

  private static String line(HistoryEntry e) {
    return String.format("%3d  %s  %-10s  %-7s  %s%s", e.number(), ReportText.time(e.at()), e.kind(), e.result(), e.summary(),
        e.ciActor().map(a -> "  by " + a).orElse(""));
  }
}
