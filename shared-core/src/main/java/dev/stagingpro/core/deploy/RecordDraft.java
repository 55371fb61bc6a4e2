package dev.stagingpro.core.deploy;

import dev.stagingpro.core.ops.CiContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A deployment record filled in as a run goes, written as a success or a failure at its end. */
final class RecordDraft {
  private final String operation;
  private final String environment;
  private List<Integer> channels = List.of();
  private Optional<String> themeUuid = Optional.empty();
  private Optional<String> themeName = Optional.empty();
  private Optional<String> variation = Optional.empty();
  private Optional<String> variationUuid = Optional.empty();
  private Optional<String> commit = Optional.empty();
  private Optional<String> themeTree = Optional.empty();
  private Optional<String> bundleChecksum = Optional.empty();
  private boolean uploaded;

  RecordDraft(String operation, String environment) {
    this.operation = operation;
    this.environment = environment;
  }

  RecordDraft source(Optional<String> commitSha, Optional<String> tree, Optional<String> checksum) {
    commit = commitSha;
    themeTree = tree;
    bundleChecksum = checksum;
    return this;
  }

  RecordDraft checksum(String sha256) {
    bundleChecksum = Optional.of(sha256);
    return this;
  }

  RecordDraft uploaded(String uuid, String name) {
    uploaded = true;
    themeUuid = Optional.of(uuid);
    themeName = Optional.of(name);
    return this;
  }

  RecordDraft activated(ThemeActivator.Activation activation) {
    channels = activation.channels();
    themeUuid = Optional.of(activation.themeUuid());
    themeName = Optional.of(activation.themeName());
    variation = Optional.of(activation.variationName());
    variationUuid = Optional.of(activation.variationUuid());
    return this;
  }

  DeploymentRecord success(String runId, CiContext ci, Instant at) {
    return build(runId, ci, at, DeploymentRecord.SUCCESS, Optional.empty());
  }

  DeploymentRecord failure(String runId, CiContext ci, Instant at, String message) {
    return build(runId, ci, at, DeploymentRecord.FAILURE, Optional.ofNullable(message));
  }

  private DeploymentRecord build(String runId, CiContext ci, Instant at, String result, Optional<String> message) {
    return new DeploymentRecord(null, operation, environment, channels, themeUuid, themeName, variation, variationUuid, commit,
        themeTree, bundleChecksum, uploaded, ci.actor(), ci.runUrl(), runId, at, result, message);
  }
}
