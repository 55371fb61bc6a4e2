package dev.stagingpro.core.ops;

import static dev.stagingpro.core.manifest.TestManifests.migration;
import static dev.stagingpro.core.manifest.TestManifests.sandbox;
import static dev.stagingpro.core.manifest.TestManifests.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.PreviewSpec;
import dev.stagingpro.core.manifest.TestManifests;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteEnvironmentsTest {
  private final Manifest manifest = TestManifests.manifest(
      List.of(store("production", "P"), store("staging", "S"), sandbox("dev"), sandbox("scratch")),
      Optional.of(new PreviewSpec("staging", 2)),
      List.of(migration("catalogue", "production", "staging"), migration("to-dev", "dev", "scratch")));

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
