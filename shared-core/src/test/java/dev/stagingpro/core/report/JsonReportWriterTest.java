package dev.stagingpro.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stagingpro.core.ops.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report.json against the documented schema, docs/report.schema.json (formats asserted too). */
class JsonReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;
  private final JsonReportWriter writer = new JsonReportWriter();

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode schemaJson = MAPPER.readTree(Files.readString(docsFile("report.schema.json")));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
  }

  @Test
  void finishedReportMatchesTheSchema() throws IOException {
    String json = writer.render(SampleReports.partialApply());
    JsonNode node = MAPPER.readTree(json);

    assertThat(validate(node)).isEmpty();
    assertThat(node.get("schemaVersion").asInt()).isEqualTo(JsonReportWriter.SCHEMA_VERSION);
    assertThat(node.get("operation").asText()).isEqualTo("apply");
    assertThat(node.get("result").asText()).isEqualTo("PARTIAL");
    assertThat(node.get("durationMillis").asLong()).isEqualTo(76_250);
    assertThat(node.at("/counts/0/entity").asText()).isEqualTo("products");
    assertThat(node.at("/counts/0/create").asLong()).isEqualTo(12);
    assertThat(node.at("/counts/0/create_on_source").asLong()).isZero();
    assertThat(node.at("/totals/create").asLong()).isEqualTo(15);
    assertThat(node.at("/failures/1/message").asText()).isEqualTo(SampleReports.HOSTILE_MESSAGE);
    assertThat(node.at("/requests/total").asLong()).isEqualTo(153);
    assertThat(node.at("/requests/rateLimited").asLong()).isEqualTo(2);
    assertThat(node.at("/timings/1/millis").asLong()).isEqualTo(75_000);
    assertThat(node.get("retryCommand").asText()).isEqualTo("stagingpro apply --retry " + SampleReports.RUN_ID);
  }

  @Test
  void runningAndEmptyReportsMatchTheSchema() throws IOException {
    MutableClock clock = new MutableClock(SampleReports.START);
    JsonNode running = MAPPER.readTree(writer.render(SampleReports.partialApplyBuilder(clock).snapshot()));
    JsonNode empty = MAPPER.readTree(writer.render(RunReport.builder("r0", Operation.PREVIEW_CLEANUP, clock).finish()));

    assertThat(validate(running)).isEmpty();
    assertThat(running.get("finishedAt").isNull()).isTrue();
    assertThat(validate(empty)).isEmpty();
    assertThat(empty.get("commit").isNull()).isTrue();
  }

  @Test
  void schemaRejectsUndocumentedFieldsAndUnknownResults() {
    ObjectNode tampered = writer.toTree(SampleReports.partialApply());
    tampered.put("surprise", 1);
    tampered.put("result", "MAYBE");
    ((ObjectNode) tampered.at("/counts/0")).remove("conflict");
    tampered.put("startedAt", "yesterday");

    assertThat(validate(tampered)).extracting(Error::getKeyword)
        .contains("additionalProperties", "enum", "required", "format");
  }

  private static List<Error> validate(JsonNode node) {
    Consumer<ExecutionContext> assertFormats = ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true));
    return schema.validate(node, assertFormats);
  }

  /** docs/ of the checkout: tests run in the module directory, so look upwards for it. */
  static Path docsFile(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/" + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
