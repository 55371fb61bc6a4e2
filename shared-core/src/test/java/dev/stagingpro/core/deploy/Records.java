package dev.stagingpro.core.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deployment records for tests. */
final class Records {
  private Records() {}

  static DeploymentRecord deployed(String env, String theme, String commit, String tree, String checksum, Instant at) {
    return new DeploymentRecord(null, "deploy", env, List.of(1), Optional.of(theme), Optional.of("Demo"),
        Optional.of("Light"), Optional.of("var-" + theme), Optional.of(commit), Optional.ofNullable(tree),
        Optional.ofNullable(checksum), true, Optional.of("alice"), Optional.empty(), "run-" + at.toEpochMilli(), at,
        DeploymentRecord.SUCCESS, Optional.empty());
  }
}
