package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * examples/demo-store/stagingpro.yml, loaded in place (its own folder is the repository root), as
 * the README's demo uses it: sandbox stores only, so no variable needs to be set.
 */
class DemoManifestTest {
  @Test
  void demoManifestLoadsAsDeclared() {
    Path demo = ProjectFiles.root().resolve("examples/demo-store");
    List<ProgressEvent> events = new ArrayList<>();
    Manifest manifest = ManifestLoader.load(demo.resolve("stagingpro.yml"), demo, EnvLookup.of(Map.of()), true, events::add);

    assertThat(manifest.environments().keySet()).containsExactly("production", "staging");
    EnvironmentSpec production = manifest.environment("production");
    assertThat(production.isSandbox()).isTrue();
    assertThat(production.sandbox()).contains("production");
    assertThat(production.isProtected()).isTrue();
    assertThat(manifest.environment("staging").sandbox()).contains("staging");
    assertThat(manifest.environment("staging").isProtected()).isFalse();

    assertThat(manifest.theme().orElseThrow().path()).isEqualTo(demo.resolve("theme").toAbsolutePath().normalize());
    assertThat(manifest.preview().orElseThrow().environment()).isEqualTo("staging");

    assertThat(manifest.migrations()).extracting(MigrationSpec::id).containsExactly("catalogue-from-git", "catalogue-to-staging");
    assertThat(manifest.migrations().get(0).from().folder()).contains(demo.resolve("data/catalogue").toAbsolutePath().normalize());
    assertThat(manifest.migrations().get(0).to()).isEqualTo("production");
    MigrationSpec migration = manifest.migrations().get(1);
    assertThat(migration.from().environment()).contains("production");
    assertThat(migration.to()).isEqualTo("staging");
    assertThat(migration.entities()).containsExactly(Entity.BRANDS, Entity.CATEGORIES, Entity.PRODUCTS);
    assertThat(manifest.notifications()).isEmpty();
    assertThat(events).isEmpty();

    assertThat(ManifestDescriber.describe(manifest).lines()).contains(
        "  production: embedded sandbox store 'production' (state in .stagingpro/sandbox/production), all channels,"
            + " protected: writes need approval",
        "  catalogue-from-git: folder data/catalogue -> production, selective",
        "  catalogue-to-staging: production -> staging, selective");
  }
}
