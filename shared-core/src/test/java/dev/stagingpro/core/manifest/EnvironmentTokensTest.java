package dev.stagingpro.core.manifest;

import static dev.stagingpro.core.manifest.TestManifests.manifest;
import static dev.stagingpro.core.manifest.TestManifests.sandbox;
import static dev.stagingpro.core.manifest.TestManifests.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentTokensTest {
  @Test
  void answersTheVariableEachEnvironmentNamesWithTheTokenHeldForIt() {
    Manifest manifest = manifest(store("staging", "STAGING_TOKEN"), store("production", "PROD_TOKEN"), sandbox("dev"));
    Map<String, Secret> held = Map.of("staging", Secret.of("staging-secret"), "dev", Secret.of("never-asked"));

    EnvLookup lookup = EnvironmentTokens.lookup(manifest, env -> Optional.ofNullable(held.get(env)));

    assertThat(lookup.get("STAGING_TOKEN")).contains("staging-secret");
    assertThat(lookup.get("PROD_TOKEN")).isEmpty();
    assertThat(lookup.get("dev")).isEmpty();
  }

  @Test
  void fallsBackToTheProcessEnvironmentForTokensTheFaceDoesNotHold() {
    Manifest manifest = manifest(store("staging", "STAGING_TOKEN"), store("production", "PROD_TOKEN"));
    EnvLookup lookup = EnvironmentTokens.lookup(manifest, env -> Optional.empty())
        .orElse(EnvLookup.of(Map.of("PROD_TOKEN", "from-env")));

    assertThat(lookup.get("PROD_TOKEN")).contains("from-env");
  }

  @Test
  void refusesDifferentTokensForOneSharedVariableWithoutShowingThem() {
    Manifest manifest = manifest(store("uat", "SHARED"), store("staging", "SHARED"));
    Map<String, Secret> held = Map.of("uat", Secret.of("uat-token-1"), "staging", Secret.of("staging-token-2"));
    EnvLookup lookup = EnvironmentTokens.lookup(manifest, env -> Optional.ofNullable(held.get(env)));

    assertThatThrownBy(() -> lookup.get("SHARED"))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("'staging' and 'uat'")
        .hasMessageContaining("${SHARED}")
        .hasMessageNotContaining("token-1")
        .hasMessageNotContaining("token-2");
  }

  @Test
  void asksForATokenOnlyWhenItsVariableIsRead() {
    Manifest manifest = manifest(store("staging", "STAGING_TOKEN"), store("production", "PROD_TOKEN"));
    List<String> asked = new ArrayList<>();

    EnvLookup lookup = EnvironmentTokens.lookup(manifest, env -> {
      asked.add(env);
      return Optional.of(Secret.of(env + "-token"));
    });
    assertThat(asked).isEmpty();

    assertThat(lookup.get("STAGING_TOKEN")).contains("staging-token");
    assertThat(asked).containsExactly("staging");
  }

  @Test
  void acceptsOneSharedVariableWhenTheTokensAgree() {
    Manifest manifest = manifest(store("uat", "SHARED"), store("staging", "SHARED"));

    EnvLookup lookup = EnvironmentTokens.lookup(manifest, env -> Optional.of(Secret.of("same-token")));

    assertThat(lookup.get("SHARED")).contains("same-token");
  }
}
