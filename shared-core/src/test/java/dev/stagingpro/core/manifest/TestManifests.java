package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small manifests built directly from the model records, for tests that do not exercise loading. */
public final class TestManifests {
  private TestManifests() {}

  public static EnvironmentSpec store(String name, String tokenVariable) {
    return new EnvironmentSpec(name, Optional.of("hash-" + name), Optional.of(new SecretRef(tokenVariable)),
        Optional.empty(), EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), Optional.empty());
  }

  public static EnvironmentSpec sandbox(String name) {
    return new EnvironmentSpec(name, Optional.empty(), Optional.empty(), Optional.of(name),
        EnvironmentSpec.DEFAULT_API_URL, List.of(), false, List.of(), Optional.empty());
  }

  public static MigrationSpec migration(String id, String fromEnvironment, String to) {
    return new MigrationSpec(id, MigrationSpec.Source.environment(fromEnvironment), to, MigrationSpec.Mode.SELECTIVE,
        List.of(Entity.PRODUCTS), Map.of(), MigrationSpec.Options.DEFAULTS);
  }

  public static Manifest manifest(List<EnvironmentSpec> environments, Optional<PreviewSpec> preview,
      List<MigrationSpec> migrations) {
    Map<String, EnvironmentSpec> byName = new LinkedHashMap<>();
    environments.forEach(e -> byName.put(e.name(), e));
    return new Manifest(Path.of("/repo/stagingpro.yml"), Path.of("/repo"), 1, byName, Optional.empty(), preview,
        migrations, List.of());
  }

  public static Manifest manifest(EnvironmentSpec... environments) {
    return manifest(List.of(environments), Optional.empty(), List.of());
  }
}
