package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plan JSON we write is what docs/plan.schema.json documents. */
class PlanSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Schema schema() throws Exception {
    JsonNode schema = JSON.readTree(Files.readString(Path.of("..", "docs", "plan.schema.json")));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  @Test
  void writtenPlansMatchTheDocumentedSchema() throws Exception {
    assertThat(schema().validate(PlanJson.toJson(PlanJsonTest.samplePlan()))).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownChangeClass() throws Exception {
    ObjectNode plan = PlanJson.toJson(PlanJsonTest.samplePlan());
    ((ObjectNode) plan.path("migrations").get(0).path("changes").get(0)).put("class", "upsert");

    assertThat(schema().validate(plan)).isNotEmpty();
  }
}
