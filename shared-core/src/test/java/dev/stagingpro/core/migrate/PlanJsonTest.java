package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Plan samplePlan() throws Exception {
    MigrationPlan migration = new MigrationPlan("catalogue", "production", "staging", Mode.SELECTIVE,
        EntityDependencies.resolve(List.of(Entity.PRODUCTS)));
    RecordClassifier classifier = new RecordClassifier(Mode.SELECTIVE, ComparisonRules.STRICT);
    ObjectNode old = (ObjectNode) JSON.readTree("{\"price\":1}");
    ObjectNode updated = (ObjectNode) JSON.readTree("{\"price\":2}");
    migration.add(classifier.classify(PortableRecord.of(Entity.PRODUCTS, "MUG-1", updated), Optional.of(PortableRecord.of(Entity.PRODUCTS, "MUG-1", old)), List.of()));
    migration.add(classifier.classify(PortableRecord.of(Entity.PRODUCTS, "MUG-2", updated), Optional.empty(), List.of()));
    migration.add(classifier.classify(PortableRecord.of(Entity.PRODUCTS, "MUG-3", old), Optional.of(PortableRecord.of(Entity.PRODUCTS, "MUG-3", old)), List.of()));
    migration.add(classifier.classify(PortableRecord.of(Entity.BRANDS, "Acme", old), Optional.of(PortableRecord.of(Entity.BRANDS, "Acme", old)), List.of()));
    return new Plan(Instant.parse("2026-11-21T10:00:00Z"), Optional.of("abc123"), List.of(migration));
  }

  @Test
  void savedPlanReadsBackWithTheSameChangesAndCounts(@TempDir Path dir) throws Exception {
    Plan plan = samplePlan();
    Path file = dir.resolve("plan.json");
    Files.writeString(file, PlanJson.toJsonString(plan));

    Plan read = PlanJson.read(file);

    assertThat(PlanJson.toJson(read)).isEqualTo(PlanJson.toJson(plan));
    assertThat(read.count(ChangeClass.UNCHANGED)).isEqualTo(2);
    assertThat(read.writes()).isEqualTo(2);
  }

  @Test
  void jsonUsesTheDocumentedClassNamesAndListsUnchangedOnlyAsCounts() throws Exception {
    ObjectNode json = PlanJson.toJson(samplePlan());
    var migration = json.path("migrations").get(0);

    assertThat(json.path("schema").asText()).isEqualTo("stagingpro.plan/v1");
    assertThat(migration.path("counts").path("products").fieldNames()).toIterable()
        .containsExactly("create", "update", "unchanged", "skipped", "not_migratable", "conflict", "delete", "create_on_source");
    assertThat(migration.path("changes")).extracting(c -> c.path("class").asText()).containsExactly("update", "create");
    assertThat(migration.path("entities").get(0).path("pulled_in_by").get(0).asText()).isEqualTo("products");
  }

  @Test
  void aFileThatIsNotAPlanIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"hello\": 1}");

    assertThatThrownBy(() -> PlanJson.read(file)).isInstanceOf(StagingProException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("stagingpro plan --out")
        .extracting(e -> ((StagingProException) e).exitCode()).isEqualTo(2);
  }

  @Test
  void textAndMarkdownShowCountsAndFirstRows() throws Exception {
    Plan plan = samplePlan();

    List<String> lines = PlanText.lines(plan);
    String markdown = PlanText.markdown(plan);

    assertThat(lines.get(0)).isEqualTo("migration catalogue: production -> staging (selective)");
    assertThat(lines.get(1)).isEqualTo("  entities: brands (pulled in by products), categories (pulled in by products), products");
    assertThat(lines).contains("    products MUG-1: price 1 -> 2", "    products MUG-2");
    assertThat(lines.get(lines.size() - 1)).startsWith("plan: 1 to create, 1 to update, 0 to delete, 2 unchanged");
    assertThat(markdown).contains("| entity | create | update | unchanged |").contains("| products | 1 | 1 | 1 |")
        .contains("<summary>update (1)</summary>");
  }
}
