package dev.stagingpro.maven;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.Secret;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Store tokens kept where Maven keeps credentials: the password of the settings.xml server {@code
 * stagingpro.<environment>}, decrypted the way Maven decrypts its own (settings-security.xml).
 */
final class SettingsTokens {
  static final String SERVER_PREFIX = "stagingpro.";

  private final Settings settings;
  private final SettingsDecrypter decrypter;

  SettingsTokens(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  static String serverId(String environment) {
    return SERVER_PREFIX + environment;
  }

  /** Whether settings.xml holds any StagingPro server at all (if not, nothing needs the manifest early). */
  boolean any() {
    return settings != null && settings.getServers().stream().anyMatch(s -> s.getId() != null && s.getId().startsWith(SERVER_PREFIX));
  }

  /** The token for {@code environment}, if its server is declared with a password. */
  Optional<Secret> forEnvironment(String environment) {
    Server server = settings == null ? null : settings.getServer(serverId(environment));
    if (server == null) {
      return Optional.empty();
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    String problems = result.getProblems().stream()
        .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
        .map(SettingsProblem::getMessage)
        .collect(Collectors.joining("; "));
    if (!problems.isEmpty()) {
      throw StagingProException.badInput("settings.xml server '" + server.getId() + "': its password could not be decrypted ("
          + problems + "); check the master password in settings-security.xml or store the token unencrypted");
    }
    String password = result.getServer().getPassword();
    return password == null || password.isEmpty() ? Optional.empty() : Optional.of(Secret.of(password));
  }
}
