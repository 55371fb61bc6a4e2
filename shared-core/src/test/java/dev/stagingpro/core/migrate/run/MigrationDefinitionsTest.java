package dev.stagingpro.core.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.engine.MigrationDefinitions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationDefinitionsTest {
  private static MigrationSpec spec(MigrationSpec.Source from, MigrationSpec.Options options) {
    return new MigrationSpec("seed", from, "staging", MigrationSpec.Mode.BULK, List.of(Entity.PRODUCTS),
        Map.of(Entity.PRODUCTS, new MigrationSpec.Selection(false, List.of("SHIRT-*"), List.of(), List.of())), options);
  }

  @Test
  void aDataFolderIsNamedRelativeToTheRepositorySoEveryMachineGetsTheSameChecksum() {
    MigrationSpec here = spec(MigrationSpec.Source.folder(Path.of("/home/ci/repo/data/catalogue")), MigrationSpec.Options.DEFAULTS);
    MigrationSpec there = spec(MigrationSpec.Source.folder(Path.of("/builds/x/data/catalogue")), MigrationSpec.Options.DEFAULTS);

    assertThat(MigrationDefinitions.from(here, Path.of("/home/ci/repo"))).isEqualTo("folder data/catalogue");
    assertThat(MigrationDefinitions.checksum(here, Path.of("/home/ci/repo")))
        .isEqualTo(MigrationDefinitions.checksum(there, Path.of("/builds/x")));
  }

  @Test
  void anOptionChangesTheChecksum() {
    MigrationSpec plain = spec(MigrationSpec.Source.environment("production"), MigrationSpec.Options.DEFAULTS);
    MigrationSpec stock = spec(MigrationSpec.Source.environment("production"),
        new MigrationSpec.Options(true, false, false, MigrationSpec.CategoryAssignment.REPLACE));

    assertThat(MigrationDefinitions.checksum(plain, Path.of("/r"))).isNotEqualTo(MigrationDefinitions.checksum(stock, Path.of("/r")));
  }
}
