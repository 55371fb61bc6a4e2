package dev.stagingpro.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteEnvironmentsTest {
  private static final String MANIFEST = """
      version: 1
      environments:
        production:
          store_hash: abc123
          token: ${BC_PRODUCTION_TOKEN}
        staging:
          store_hash: def456
          token: ${BC_STAGING_TOKEN}
        dev:
          sandbox: dev
        scratch:
          sandbox: scratch
      preview:
        environment: staging
      migrations:
        - id: catalogue
          from: production
          to: staging
          mode: selective
          entities: [products]
        - id: to-dev
          from: dev
          to: scratch
          mode: bulk
          entities: [brands]
        - id: from-files
          from: { folder: data }
          to: dev
          mode: bulk
          entities: [brands]
      """;

  @TempDir Path repo;
  private Manifest manifest;

  @BeforeEach
  void load() throws Exception {
    Files.createDirectories(repo.resolve("data"));
    Path file = Files.writeString(repo.resolve("stagingpro.yml"), MANIFEST);
    manifest = ManifestLoader.load(file, repo, EnvLookup.of(Map.of()), false, ProgressListener.NONE);
  }

  @Test
  void validateAndBundleReachNoStore() {
    assertThat(remote(OperationRequest.builder(Operation.VALIDATE).environment("production"))).isEmpty();
    assertThat(remote(OperationRequest.builder(Operation.BUNDLE).environment("production"))).isEmpty();
  }

  @Test
  void singleEnvironmentOperationsReachTheirEnvironmentUnlessItIsASandbox() {
    assertThat(remote(OperationRequest.builder(Operation.DEPLOY).environment("staging"))).containsExactly("staging");
    assertThat(remote(OperationRequest.builder(Operation.HISTORY).environment("production"))).containsExactly("production");
    assertThat(remote(OperationRequest.builder(Operation.DEPLOY).environment("dev"))).isEmpty();
    assertThat(remote(OperationRequest.builder(Operation.DEPLOY))).isEmpty();
    assertThat(remote(OperationRequest.builder(Operation.DEPLOY).environment("undeclared"))).isEmpty();
  }

  @Test
  void previewsDefaultToThePreviewEnvironment() {
    assertThat(remote(OperationRequest.builder(Operation.PREVIEW).pullRequest(7))).containsExactly("staging");
    assertThat(remote(OperationRequest.builder(Operation.PREVIEW_CLEANUP).environment("dev"))).isEmpty();
  }

  @Test
  void themeCopyReachesBothEnds() {
    assertThat(remote(OperationRequest.builder(Operation.THEME_COPY).from("production").to("dev")))
        .containsExactly("production");
    assertThat(remote(OperationRequest.builder(Operation.THEME_COPY).from("staging").to("production")))
        .containsExactly("production", "staging");
  }

  @Test
  void migrationsReachSourceAndDestinationOfTheChosenMigrationOrOfAll() {
    assertThat(remote(OperationRequest.builder(Operation.PLAN).migration("to-dev"))).isEmpty();
    assertThat(remote(OperationRequest.builder(Operation.PLAN).migration("from-files"))).isEmpty();
    assertThat(remote(OperationRequest.builder(Operation.APPLY).migration("catalogue")))
        .containsExactly("production", "staging");
    assertThat(remote(OperationRequest.builder(Operation.PLAN))).containsExactly("production", "staging");
    assertThat(remote(OperationRequest.builder(Operation.RELEASE).migration("to-dev").environment("staging")))
        .containsExactly("staging");
  }

  private List<String> remote(OperationRequest.Builder request) {
    return List.copyOf(RemoteEnvironments.of(manifest, request.build()));
  }
}
