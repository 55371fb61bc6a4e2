package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.EntityDependencies;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepReturnValueTest {
  @Test
  void namesTheFactsAPipelineUses() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("preview-url", "https://pr-42.example.com/?guestTkn=x");
    outputs.put("theme-id", "5a6b");
    outputs.put("plan-count-create", "3");
    outputs.put("plan-count-update", "12");
    outputs.put("plan-count-bogus", "many");
    outputs.put("report", ".stagingpro/runs/r1/report.html");
    outputs.put("changed", "true");
    OperationResult result = OperationResult.success(Operation.PREVIEW, List.of(), outputs, null);

    Map<String, Object> value = StepReturnValue.of(result);

    assertThat(value).containsEntry("previewUrl", "https://pr-42.example.com/?guestTkn=x")
        .containsEntry("themeId", "5a6b")
        .containsEntry("planCounts", Map.of("create", 3, "update", 12))
        .containsEntry("reportPath", ".stagingpro/runs/r1/report.html")
        .containsEntry("changed", true)
        .containsEntry("success", true)
        .containsEntry("outputs", outputs);
    assertThat(StepReturnValue.summary(result)).containsExactly(
        "stagingproPreview succeeded (changed the store)",
        "  preview: https://pr-42.example.com/?guestTkn=x",
        "  theme id: 5a6b",
        "  plan: 3 create, 12 update",
        "  report: .stagingpro/runs/r1/report.html");
  }

  @Test
  void countsEveryClassOfAPlanResult() {
    MigrationPlan migration = new MigrationPlan("catalogue", "production", "staging", Mode.SELECTIVE,
        EntityDependencies.resolve(List.of(Entity.PRODUCTS)));
    migration.add(change("MUG-1", ChangeClass.CREATE));
    migration.add(change("MUG-2", ChangeClass.CREATE));
    migration.add(change("MUG-3", ChangeClass.NOT_MIGRATABLE));
    Plan plan = new Plan(Instant.parse("2026-11-21T10:00:00Z"), Optional.empty(), List.of(migration));
    OperationResult result = OperationResult.success(Operation.PLAN, List.of(), Map.of("plan-count-create", "9"), plan);

    assertThat(StepReturnValue.of(result).get("planCounts")).isEqualTo(Map.of("create", 2, "update", 0, "unchanged", 0,
        "skipped", 0, "not_migratable", 1, "conflict", 0, "delete", 0, "create_on_source", 0));
  }

  private static PlannedChange change(String sku, ChangeClass changeClass) {
    return new PlannedChange(Entity.PRODUCTS, sku, changeClass, List.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void absentFactsAreNullOrEmpty() {
    OperationResult result = new OperationResult(Operation.VALIDATE, false, List.of("x"), Map.of(), null);

    Map<String, Object> value = StepReturnValue.of(result);

    assertThat(value).containsEntry("previewUrl", null).containsEntry("themeId", null).containsEntry("reportPath", null)
        .containsEntry("planCounts", Map.of()).containsEntry("changed", false).containsEntry("success", false);
    assertThat(StepReturnValue.summary(result)).containsExactly("stagingproValidate did not succeed");
  }
}
