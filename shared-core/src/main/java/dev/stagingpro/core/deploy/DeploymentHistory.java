package dev.stagingpro.core.deploy;

import dev.stagingpro.core.history.HistoryEntry;
import dev.stagingpro.core.history.HistoryLog;
import dev.stagingpro.core.history.HistorySource;
import dev.stagingpro.core.history.StoreNotes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deployments recorded in one store (every environment that deploys to it), one store note
 * per deployment; the oldest roll off beyond {@value #KEEP}.
 */
public final class DeploymentHistory {
  public static final int KEEP = 200;

  /** Lists the deployments of an environment for {@code stagingpro history}. */
  public static final HistorySource SOURCE = (notes, environment) ->
      new DeploymentHistory(notes).of(environment).stream().map(DeploymentRecord::toEntry).toList();

  private final HistoryLog<DeploymentRecord> log;

  public DeploymentHistory(StoreNotes notes) {
    this.log = new HistoryLog<>(notes, HistoryEntry.DEPLOYMENT, DeploymentRecord.class, KEEP);
  }

  public void record(DeploymentRecord record) {
    log.append(record.at(), record.runId(), record);
  }

  /** The environment's deployments, oldest first. */
  public List<DeploymentRecord> of(String environment) {
    return log.list().stream().filter(r -> environment.equals(r.environment())).toList();
  }

  /** The environment's latest successful deployment. */
  public Optional<DeploymentRecord> lastSuccess(String environment) {
    List<DeploymentRecord> all = of(environment);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).succeeded() && all.get(i).themeUuid().isPresent()) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** Every theme some deployment on this store uploaded: the only themes StagingPro may delete. */
  public Set<String> uploadedThemes() {
    return log.list().stream().filter(DeploymentRecord::uploaded).map(DeploymentRecord::themeUuid)
        .flatMap(Optional::stream).collect(Collectors.toSet());
  }
}
