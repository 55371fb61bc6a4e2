package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.secret.Secret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialBindingTest {
  /** A credential store of three entries, standing in for a CI system's. */
  private static final CredentialSource STORE = id -> Optional.ofNullable(Map.of(
      "bc-staging-token", Credential.secretText("bc-staging-token", Secret.of("tok-staging-1234")),
      "b2b-staging", Credential.secretText("b2b-staging", Secret.of("b2b-tok-5678")),
      "b2b-uat-login", Credential.usernamePassword("b2b-uat-login", "admin@example.com", Secret.of("pa55word!"))).get(id));

  @TempDir Path repo;

  @Test
  void answersTheManifestVariablesOfTheNamedEnvironments() {
    CredentialBinding binding = CredentialBinding.fetch(
        new CredentialIds(Map.of("staging", "bc-staging-token"), Map.of("staging", "b2b-staging", "uat", "b2b-uat-login")),
        STORE);
    EnvLookup env = binding.lookup(TestManifests.standard(repo));

    assertThat(env.get("BC_STAGING_TOKEN")).contains("tok-staging-1234");
    assertThat(env.get("B2B_STAGING_TOKEN")).contains("b2b-tok-5678");
    assertThat(env.get("B2B_UAT_EMAIL")).contains("admin@example.com");
    assertThat(env.get("B2B_UAT_PASSWORD")).contains("pa55word!");
    assertThat(env.get("BC_UAT_TOKEN")).isEmpty();
    assertThat(env.get("PATH")).isEmpty();
  }

  @Test
  void sitsInFrontOfTheEnvironment() {
    CredentialBinding binding = CredentialBinding.fetch(new CredentialIds(Map.of("staging", "bc-staging-token"), Map.of()), STORE);
    EnvLookup env = binding.lookup(TestManifests.standard(repo))
        .orElse(EnvLookup.of(Map.of("BC_STAGING_TOKEN", "from-env", "BC_UAT_TOKEN", "uat-from-env")));

    assertThat(env.get("BC_STAGING_TOKEN")).contains("tok-staging-1234");
    assertThat(env.get("BC_UAT_TOKEN")).contains("uat-from-env");
  }

  @Test
  void aMissingCredentialNamesParameterEnvironmentAndId() {
    assertThatThrownBy(() -> CredentialBinding.fetch(new CredentialIds(Map.of("staging", "nope"), Map.of()), STORE))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessage("credentials: no credential with id 'nope' (for environment 'staging') is available to this build;"
            + " add it to the CI credential store or correct the id");
  }

  @Test
  void aStoreTokenMustBeSecretText() {
    assertThatThrownBy(() -> CredentialBinding.fetch(new CredentialIds(Map.of("uat", "b2b-uat-login"), Map.of()), STORE))
        .hasMessageContaining("credentials: credential 'b2b-uat-login' (for environment 'uat') is a username with password;"
            + " a store API token must be secret text");
  }

  @Test
  void refusesEnvironmentsTheManifestHasNoPlaceFor() {
    Manifest manifest = TestManifests.standard(repo);
    assertLookupFails(Map.of("stagin", "bc-staging-token"), Map.of(), manifest,
        "credentials: names environment 'stagin', which " + manifest.file()
            + " does not declare; declared: local, production, staging, uat");
    assertLookupFails(Map.of("local", "bc-staging-token"), Map.of(), manifest,
        "environment 'local' in " + manifest.file() + " has no token: ${VAR} (it is an embedded sandbox, which needs none)");
    assertLookupFails(Map.of(), Map.of("production", "b2b-staging"), manifest,
        "b2bCredentials: environment 'production' in " + manifest.file() + " has no b2b block");
    assertLookupFails(Map.of(), Map.of("staging", "b2b-uat-login"), manifest,
        "uses a B2B Edition API token: give a secret-text credential ('b2b-uat-login' is the other kind)");
    assertLookupFails(Map.of(), Map.of("uat", "b2b-staging"), manifest,
        "uses the legacy email + password login: give a username-with-password credential ('b2b-staging' is the other kind)");
  }

  @Test
  void environmentsSharingAVariableMustGetTheSameCredential() {
    Manifest shared = TestManifests.sharedToken(repo);
    assertThat(CredentialBinding.fetch(new CredentialIds(Map.of("staging", "bc-staging-token", "uat", "bc-staging-token"),
        Map.of()), STORE).lookup(shared).get("BC_SHARED_TOKEN")).contains("tok-staging-1234");
    assertLookupFails(Map.of("staging", "bc-staging-token", "uat", "b2b-staging"), Map.of(), shared,
        "credentials: two environments in " + shared.file() + " take ${BC_SHARED_TOKEN}, but different credentials were"
            + " given for them; give each environment its own variable");
  }

  @Test
  void showsIdsButNeverValues() {
    CredentialBinding binding = CredentialBinding.fetch(
        new CredentialIds(Map.of("staging", "bc-staging-token"), Map.of("uat", "b2b-uat-login")), STORE);

    assertThat(binding.describe()).containsExactly(
        "environment 'staging': store API token from credential 'bc-staging-token'",
        "environment 'uat': B2B Edition login from credential 'b2b-uat-login'");
    assertThat(binding.toString() + binding.describe() + STORE.find("b2b-uat-login").orElseThrow())
        .doesNotContain("tok-staging-1234", "pa55word!", "admin@example.com");
    assertThat(binding.secrets()).containsExactlyInAnyOrder(
        Secret.of("tok-staging-1234"), Secret.of("admin@example.com"), Secret.of("pa55word!"));
  }

  @Test
  void crossesToTheAgentWithItsValues() throws Exception {
    CredentialBinding binding = CredentialBinding.fetch(
        new CredentialIds(Map.of("staging", "bc-staging-token"), Map.of("uat", "b2b-uat-login")), STORE);

    CredentialBinding copy = roundTrip(binding);

    EnvLookup env = copy.lookup(TestManifests.standard(repo));
    assertThat(env.get("BC_STAGING_TOKEN")).contains("tok-staging-1234");
    assertThat(env.get("B2B_UAT_PASSWORD")).contains("pa55word!");
    assertThat(roundTrip(CredentialBinding.NONE).isEmpty()).isTrue();
  }

  private static void assertLookupFails(Map<String, String> store, Map<String, String> b2b, Manifest manifest, String message) {
    CredentialBinding binding = CredentialBinding.fetch(new CredentialIds(new HashMap<>(store), new HashMap<>(b2b)), STORE);
    assertThatThrownBy(() -> binding.lookup(manifest))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining(message);
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
