package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/stagingpro.schema.json (for editors) and the loader agree: both accept every valid sample
 * and both reject every invalid one. Samples under {@code loader-only/} break rules a JSON Schema
 * cannot express (each says why in its first line); the loader must reject them, and the schema
 * accepting them shows the exclusion is needed. The YAML reaches the schema through Jackson, a
 * parser independent of the loader's SnakeYAML node walk.
 */
class ManifestSchemaAgreementTest {
  private static final String SAMPLES = "/manifest-samples/";
  /** Variables named UNSET_* are the unset ones; every other reference resolves. */
  private static final EnvLookup ENV = variable -> variable.startsWith("UNSET_")
      ? Optional.empty()
      : Optional.of("secret-value-of-" + variable);

  private static Schema schema;
  @TempDir Path dir;
  private TestRepo repo;

  @BeforeAll
  static void loadSchema() {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ProjectFiles.read("docs/stagingpro.schema.json"));
  }

  @BeforeEach
  void setUp() throws IOException {
    repo = new TestRepo(dir);
    Files.createDirectories(dir.resolve("data/catalogue"));
  }

  static Stream<String> valid() {
    return samples("valid");
  }

  static Stream<String> invalid() {
    return samples("invalid");
  }

  static Stream<String> loaderOnly() {
    return samples("loader-only");
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("valid")
  void bothAcceptValidSample(String name) {
    String yaml = sample("valid", name);
    repo.load(yaml, ENV, true);
    assertThat(schemaErrors(yaml)).isEmpty();
  }

  @Test
  void bothAcceptTheDocumentedExampleAndTheDemo() {
    for (String yaml : List.of(ManifestLoaderTest.documentedExample(), ProjectFiles.read("examples/demo-store/stagingpro.yml"))) {
      repo.load(yaml, ENV, true);
      assertThat(schemaErrors(yaml)).isEmpty();
    }
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalid")
  void bothRejectInvalidSample(String name) {
    String yaml = sample("invalid", name);
    assertThatThrownBy(() -> repo.load(yaml, ENV, true)).isInstanceOf(ManifestException.class);
    assertThat(schemaErrors(yaml)).isNotEmpty();
  }

  @ParameterizedTest(name = "loader-only/{0}")
  @MethodSource("loaderOnly")
  void onlyTheLoaderCanRejectSample(String name) {
    String yaml = sample("loader-only", name);
    assertThat(yaml).as("first line says why the schema cannot check it").startsWith("# loader only: ");
    assertThatThrownBy(() -> repo.load(yaml, ENV, true)).isInstanceOf(ManifestException.class);
    assertThat(schemaErrors(yaml)).isEmpty();
  }

  @Test
  void schemaListsExactlyTheEntitiesTheLoaderKnows() throws IOException {
    JsonNode entities = new ObjectMapper().readTree(ProjectFiles.read("docs/stagingpro.schema.json"))
        .path("$defs").path("entity").path("enum");
    assertThat(entities).extracting(JsonNode::asText).containsExactlyElementsOf(Entity.keys());
  }

  @Test
  void thereAreEnoughSamples() {
    assertThat(valid()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(invalid()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(loaderOnly()).hasSizeGreaterThanOrEqualTo(5);
  }

  private static List<Error> schemaErrors(String yaml) {
    try {
      return schema.validate(new YAMLMapper().readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> samples(String kind) {
    try (Stream<Path> files = Files.list(Path.of(ManifestSchemaAgreementTest.class.getResource(SAMPLES + kind).toURI()))) {
      return new TreeSet<>(files.map(f -> f.getFileName().toString().replaceFirst("\\.yml$", "")).toList()).stream();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list samples in " + kind, e);
    }
  }

  private static String sample(String kind, String name) {
    try {
      return new String(ManifestSchemaAgreementTest.class.getResourceAsStream(SAMPLES + kind + "/" + name + ".yml").readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
