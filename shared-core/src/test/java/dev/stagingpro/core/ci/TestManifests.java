package dev.stagingpro.core.ci;

import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.EnvironmentSpec.B2bSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.SecretRef;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Manifests built as records. The manifest loader is another issue's work and not written on this
 * branch, so tests of credential binding build the loaded form directly.
 */
final class TestManifests {
  private TestManifests() {}

  /**
   * staging (token ${BC_STAGING_TOKEN}, B2B token ${B2B_STAGING_TOKEN}), uat (token ${BC_UAT_TOKEN},
   * legacy B2B login ${B2B_UAT_EMAIL}/${B2B_UAT_PASSWORD}), production (token, no B2B), local (sandbox).
   */
  static Manifest standard(Path repoRoot) {
    Map<String, EnvironmentSpec> envs = new LinkedHashMap<>();
    envs.put("staging", store("staging", "BC_STAGING_TOKEN",
        Optional.of(new B2bSpec(ref("B2B_STAGING_TOKEN"), Optional.empty(), Optional.empty()))));
    envs.put("uat", store("uat", "BC_UAT_TOKEN",
        Optional.of(new B2bSpec(Optional.empty(), ref("B2B_UAT_EMAIL"), ref("B2B_UAT_PASSWORD")))));
    envs.put("production", store("production", "BC_PRODUCTION_TOKEN", Optional.empty()));
    envs.put("local", new EnvironmentSpec("local", Optional.empty(), Optional.empty(), Optional.of("local"),
        EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), Optional.empty()));
    return new Manifest(repoRoot.resolve("stagingpro.yml"), repoRoot, 1, envs, Optional.empty(), Optional.empty(),
        List.of(), List.of());
  }

  /** staging and uat both take their token from ${BC_SHARED_TOKEN}. */
  static Manifest sharedToken(Path repoRoot) {
    Map<String, EnvironmentSpec> envs = new LinkedHashMap<>();
    envs.put("staging", store("staging", "BC_SHARED_TOKEN", Optional.empty()));
    envs.put("uat", store("uat", "BC_SHARED_TOKEN", Optional.empty()));
    return new Manifest(repoRoot.resolve("stagingpro.yml"), repoRoot, 1, envs, Optional.empty(), Optional.empty(),
        List.of(), List.of());
  }

  /** {@link #standard} for a workspace, as a manifest reader gives it. */
  static Manifest standardFor(dev.stagingpro.core.ops.Workspace workspace) {
    return standard(workspace.repoRoot());
  }

  private static EnvironmentSpec store(String name, String tokenVar, Optional<B2bSpec> b2b) {
    return new EnvironmentSpec(name, Optional.of(name + "hash"), ref(tokenVar), Optional.empty(),
        EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), b2b);
  }

  private static Optional<SecretRef> ref(String variable) {
    return Optional.of(new SecretRef(variable));
  }
}
