package dev.stagingpro.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
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

/** Uses Maven's own decrypter and cipher with a settings-security.xml in a temp folder. */
class SettingsTokensTest {
  private static final String MASTER = "it-master-password";

  @TempDir Path dir;
  private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
  private final Settings settings = new Settings();
  private SettingsTokens tokens;

  @BeforeEach
  void securitySettings() throws Exception {
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(security, "<settingsSecurity><master>"
        + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
        + "</master></settingsSecurity>");
    DefaultSecDispatcher dispatcher = new DefaultSecDispatcher(cipher, Map.of(), security.toString());
    tokens = new SettingsTokens(settings, new DefaultSettingsDecrypter(dispatcher));
  }

  private void server(String id, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername("ignored");
    server.setPassword(password);
    settings.addServer(server);
  }

  @Test
  void thePasswordOfServerStagingproDotEnvironmentIsItsToken() {
    server("stagingpro.staging", "plain-token-1");
    server("nexus", "not-ours");

    assertThat(tokens.any()).isTrue();
    assertThat(tokens.forEnvironment("staging")).contains(Secret.of("plain-token-1"));
    assertThat(tokens.forEnvironment("production")).isEmpty();
  }

  @Test
  void encryptedPasswordsAreDecryptedWithTheMasterPassword() throws Exception {
    server("stagingpro.production", cipher.encryptAndDecorate("prod-token-2", MASTER));

    assertThat(tokens.forEnvironment("production")).contains(Secret.of("prod-token-2"));
  }

  @Test
  void aPasswordThatCannotBeDecryptedIsABadSettingNamingTheServer() {
    server("stagingpro.production", "{bm90LXJlYWxseS1lbmNyeXB0ZWQ=}");

    assertThatThrownBy(() -> tokens.forEnvironment("production"))
        .isInstanceOf(StagingProException.class)
        .hasMessageStartingWith("settings.xml server 'stagingpro.production': its password could not be decrypted")
        .hasMessageContaining("settings-security.xml");
  }

  @Test
  void aServerWithoutPasswordOrNoStagingproServerAtAllGivesNothing() {
    server("nexus", "not-ours");
    assertThat(tokens.any()).isFalse();

    server("stagingpro.uat", null);
    assertThat(tokens.forEnvironment("uat")).isEmpty();
    assertThat(new SettingsTokens(null, null).any()).isFalse();
  }
}
