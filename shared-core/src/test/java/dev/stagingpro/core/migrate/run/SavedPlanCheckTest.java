package dev.stagingpro.core.migrate.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.EntityDependencies;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.PlannedChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedPlanCheckTest {
  private static MigrationPlan plan(PlannedChange... changes) {
    MigrationPlan plan = new MigrationPlan("m", "production", "staging", Mode.SELECTIVE, EntityDependencies.resolve(List.of(Entity.BRANDS)));
    plan.definition("d".repeat(64));
    for (PlannedChange change : changes) {
      plan.add(change);
    }
    return plan;
  }

  private static PlannedChange change(String key, ChangeClass changeClass, String destination, String source) {
    return new PlannedChange(Entity.BRANDS, key, changeClass, List.of(), Optional.empty(), Optional.ofNullable(destination),
        Optional.ofNullable(source));
  }

  @Test
  void theSameWritesWithTheSameFingerprintsPass() {
    assertThatCode(() -> SavedPlanCheck.verify(plan(change("Acme", ChangeClass.UPDATE, "d1", "s1"), change("Initech", ChangeClass.CREATE, null, "s2")),
        plan(change("Acme", ChangeClass.UPDATE, "d1", "s1"), change("Initech", ChangeClass.CREATE, null, "s2")))).doesNotThrowAnyException();
  }

  @Test
  void everyDifferenceIsNamed() {
    MigrationPlan saved = plan(change("Acme", ChangeClass.UPDATE, "d1", "s1"), change("Globex", ChangeClass.UPDATE, "d2", "s2"),
        change("Initech", ChangeClass.CREATE, null, "s3"));
    MigrationPlan fresh = plan(change("Acme", ChangeClass.UPDATE, "d9", "s1"), change("Globex", ChangeClass.UPDATE, "d2", "s9"),
        change("Umbrella", ChangeClass.CREATE, null, "s4"));

    assertThatThrownBy(() -> SavedPlanCheck.verify(saved, fresh)).isInstanceOf(StagingProException.class)
        .hasMessageContaining("brands 'Acme': changed on the destination")
        .hasMessageContaining("brands 'Globex': changed on the source")
        .hasMessageContaining("brands 'Initech': planned to create, now nothing to do")
        .hasMessageContaining("brands 'Umbrella': not in the plan, now to create")
        .hasMessageContaining("nothing was applied");
  }

  @Test
  void aChangedDefinitionIsRefused() {
    MigrationPlan fresh = plan();
    fresh.definition("e".repeat(64));

    assertThatThrownBy(() -> SavedPlanCheck.verify(plan(), fresh)).hasMessageContaining("definition in stagingpro.yml changed");
  }
}
