package dev.stagingpro.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.CredentialBinding;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestLoader;
import dev.stagingpro.core.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Maven's own decrypter and cipher, a settings-security.xml and a manifest in a temp folder. */
class SettingsCredentialsTest {
  private static final String MASTER = "it-master-password";
  private static final String MANIFEST = """
      version: 1
      environments:
        staging:
          store_hash: abc123
          token: ${BC_STAGING_TOKEN}
          b2b:
            token: ${B2B_STAGING_TOKEN}
        production:
          store_hash: def456
          token: ${BC_PRODUCTION_TOKEN}
        uat:
          store_hash: fed789
          token: ${BC_UAT_TOKEN}
          b2b:
            email: ${B2B_UAT_EMAIL}
            password: ${B2B_UAT_PASSWORD}
        dev:
          sandbox: dev
      """;

  @TempDir Path dir;
  private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
  private final Settings settings = new Settings();
  private SettingsCredentials credentials;
  private Manifest manifest;

  @BeforeEach
  void securitySettingsAndManifest() throws Exception {
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(security, "<settingsSecurity><master>"
        + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
        + "</master></settingsSecurity>");
    DefaultSecDispatcher dispatcher = new DefaultSecDispatcher(cipher, Map.of(), security.toString());
    credentials = new SettingsCredentials(settings, new DefaultSettingsDecrypter(dispatcher));
    Path file = Files.writeString(dir.resolve("stagingpro.yml"), MANIFEST);
    manifest = ManifestLoader.load(file, dir, EnvLookup.of(Map.of()), false, ProgressListener.NONE);
  }

  private void server(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    settings.addServer(server);
  }

  private EnvLookup lookup() {
    return credentials.bind(manifest).lookup(manifest);
  }

  @Test
  void thePasswordOfServerStagingproDotEnvironmentAnswersThatEnvironmentsTokenVariable() {
    server("stagingpro.staging", "ignored", "plain-token-1");
    server("nexus", null, "not-ours");

    assertThat(credentials.any()).isTrue();
    assertThat(lookup().get("BC_STAGING_TOKEN")).contains("plain-token-1");
    assertThat(lookup().get("BC_PRODUCTION_TOKEN")).isEmpty();
  }

  @Test
  void encryptedPasswordsAreDecryptedWithTheMasterPassword() throws Exception {
    server("stagingpro.production", null, cipher.encryptAndDecorate("prod-token-2", MASTER));

    CredentialBinding binding = credentials.bind(manifest);

    assertThat(binding.lookup(manifest).get("BC_PRODUCTION_TOKEN")).contains("prod-token-2");
    assertThat(binding.secrets()).containsExactly(Secret.of("prod-token-2"));
    assertThat(binding.describe()).containsExactly(
        "environment 'production': store API token from credential 'stagingpro.production'");
  }

  @Test
  void b2bServersGiveTheB2bTokenOrTheLegacyLogin() {
    server("stagingpro.staging.b2b", null, "b2b-token-3");
    server("stagingpro.uat.b2b", "admin@example.com", "b2b-password-4");

    assertThat(lookup().get("B2B_STAGING_TOKEN")).contains("b2b-token-3");
    assertThat(lookup().get("B2B_UAT_EMAIL")).contains("admin@example.com");
    assertThat(lookup().get("B2B_UAT_PASSWORD")).contains("b2b-password-4");
  }

  @Test
  void theLegacyLoginNeedsAUsername() {
    server("stagingpro.uat.b2b", null, "b2b-password-4");

    assertThatThrownBy(this::lookup)
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("settings.xml server 'stagingpro.uat.b2b' is for the legacy B2B Edition login")
        .hasMessageNotContaining("b2b-password-4");
  }

  @Test
  void aPasswordThatCannotBeDecryptedIsABadSettingNamingTheServer() {
    server("stagingpro.production", null, "{bm90LXJlYWxseS1lbmNyeXB0ZWQ=}");

    assertThatThrownBy(this::lookup)
        .isInstanceOf(StagingProException.class)
        .hasMessageStartingWith("settings.xml server 'stagingpro.production': its password could not be decrypted")
        .hasMessageContaining("settings-security.xml");
  }

  @Test
  void serversWithoutPasswordOrForSandboxesOrUndeclaredEnvironmentsAreLeftAlone() {
    server("stagingpro.uat", "someone", null);
    server("stagingpro.dev", null, "sandboxes-need-none");
    server("stagingpro.elsewhere", null, "{not-even-decryptable}");

    CredentialBinding binding = credentials.bind(manifest);

    assertThat(binding.isEmpty()).isTrue();
    assertThat(new SettingsCredentials(null, null).any()).isFalse();
  }
}
