package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}'s resolved plan: the lines docs/manifest.md shows, and the same facts as JSON, without secrets. */
class ManifestDescriberTest {
  @TempDir Path dir;
  private Manifest manifest;

  @BeforeEach
  void setUp() throws Exception {
    TestRepo repo = new TestRepo(dir);
    Files.createDirectories(dir.resolve("data/catalogue"));
    manifest = repo.load(ManifestLoaderTest.documentedExample());
  }

  @Test
  void linesAreWhatTheDocsShow() {
    String documented = ProjectFiles.codeBlocks(ProjectFiles.read("docs/manifest.md")).stream()
        .filter(block -> block.language().equals("text") && block.text().startsWith("stagingpro.yml is valid"))
        .findFirst().orElseThrow().text();
    assertThat(ManifestDescriber.describe(manifest).lines()).containsExactlyElementsOf(List.of(documented.split("\n")));
  }

  @Test
  void jsonCarriesTheSameFactsWithSecretsAsReferencesOnly() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(ManifestDescriber.describe(manifest));
    assertThat(text).doesNotContain("secret-value-of-").doesNotContain("\"lines\"");

    JsonNode root = json.readTree(text);
    assertThat(root.path("file").asText()).isEqualTo("stagingpro.yml");
    assertThat(root.path("version").asInt()).isEqualTo(1);
    JsonNode production = root.path("environments").get(0);
    assertThat(production.path("name").asText()).isEqualTo("production");
    assertThat(production.path("kind").asText()).isEqualTo("store");
    assertThat(production.path("store_hash").asText()).isEqualTo("abc123");
    assertThat(production.path("token").asText()).isEqualTo("${BC_PRODUCTION_TOKEN}");
    assertThat(production.path("protected").asBoolean()).isTrue();
    assertThat(production.path("approvers").toString()).isEqualTo("[\"alice\",\"release-bot\"]");
    assertThat(production.path("b2b").path("token").asText()).isEqualTo("${B2B_PRODUCTION_TOKEN}");
    JsonNode staging = root.path("environments").get(2);
    assertThat(staging.path("kind").asText()).isEqualTo("sandbox");
    assertThat(staging.path("state_dir").asText()).isEqualTo(".stagingpro/sandbox/staging");
    assertThat(staging.path("token").isNull()).isTrue();
    assertThat(root.path("theme").path("build_timeout").asText()).isEqualTo("10m");
    assertThat(root.path("preview").path("channels").asInt()).isEqualTo(2);
    JsonNode migration = root.path("migrations").get(0);
    assertThat(migration.path("from").asText()).isEqualTo("production");
    assertThat(migration.path("from_kind").asText()).isEqualTo("environment");
    assertThat(migration.path("select").path("products").path("skus").toString()).isEqualTo("[\"SHIRT-*\",\"MUG-1\"]");
    assertThat(migration.path("select").path("categories").path("all").asBoolean()).isTrue();
    assertThat(migration.path("options").path("anonymise_customers").asBoolean()).isTrue();
    assertThat(root.path("migrations").get(1).path("from").asText()).isEqualTo("data/catalogue");
    assertThat(root.path("migrations").get(1).path("from_kind").asText()).isEqualTo("folder");
    assertThat(root.path("notifications").get(0).path("webhook_url").asText()).isEqualTo("${SLACK_WEBHOOK_URL}");
    assertThat(root.path("notifications").get(2).path("smtp").path("password").asText()).isEqualTo("${SMTP_PASSWORD}");
  }

  @Test
  void recordsShowReferencesNotValues() {
    assertThat(manifest.toString()).contains("${BC_PRODUCTION_TOKEN}").doesNotContain("secret-value-of-");
  }
}
