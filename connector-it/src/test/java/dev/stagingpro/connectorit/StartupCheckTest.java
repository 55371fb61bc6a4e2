package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.core.store.StoreEndpoint;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupCheckTest {
  private final SandboxConnection sandbox = new SandboxConnection();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void connectsWithOneCallAndReadsTheStore() {
    try (StoreConnector connector = sandbox.connect()) {
      assertThat(connector.storeInfo().defaultChannelId()).isEqualTo(1);
      assertThat(connector.storeInfo().timezone().name()).isEqualTo("America/Chicago");
      assertThat(connector.metrics().snapshot().requestsByEndpoint()).containsOnlyKeys("GET /v2/store");
      assertThat(Duration.between(connector.storeTime(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
    sandbox.assertRequestsFollowTheSpecs();
  }

  @Test
  void aWrongTokenIsToldWithoutShowingIt() {
    String wrong = "wrong-token-abcdefghijk";
    StoreEndpoint endpoint = new StoreEndpoint("production", sandbox.store().apiUrl(), sandbox.store().hash(),
        Secret.of(wrong));

    assertThatThrownBy(() -> StoreConnectors.connect(endpoint, sandbox.options()))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("environment 'production'").hasMessageContaining("401")
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining(sandbox.store().token().reveal());
  }

  @Test
  void aWrongStoreHashIsTold() {
    StoreEndpoint endpoint = new StoreEndpoint("staging", sandbox.store().apiUrl(), "nosuchstore",
        sandbox.store().token());

    assertThatThrownBy(() -> StoreConnectors.connect(endpoint, sandbox.options()))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("'nosuchstore'").hasMessageContaining("environment 'staging'").hasMessageContaining("404")
        .satisfies(e -> assertThat(((StagingProException) e).exitCode()).isEqualTo(2));
  }
}
