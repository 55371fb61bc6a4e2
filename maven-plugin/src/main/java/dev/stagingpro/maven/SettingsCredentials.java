package dev.stagingpro.maven;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ci.Credential;
import dev.stagingpro.core.ci.CredentialBinding;
import dev.stagingpro.core.ci.CredentialIds;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.secret.Secret;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Credentials kept where Maven keeps them: settings.xml servers, passwords decrypted the way Maven
 * decrypts its own (settings-security.xml). Server {@code stagingpro.<environment>} holds the
 * store token; {@code stagingpro.<environment>.b2b} the B2B Edition token, or for the legacy
 * login the admin's e-mail as username and the password. The core binds them onto the
 * manifest's {@code ${VAR}}s.
 */
final class SettingsCredentials {
  static final String SERVER_PREFIX = "stagingpro.";
  static final String B2B_SUFFIX = ".b2b";

  private final Settings settings;
  private final SettingsDecrypter decrypter;

  SettingsCredentials(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  static String serverId(String environment) {
    return SERVER_PREFIX + environment;
  }

  /** Whether settings.xml holds any StagingPro server at all (if not, nothing needs the manifest early). */
  boolean any() {
    return settings != null && settings.getServers().stream()
        .anyMatch(s -> s.getId() != null && s.getId().startsWith(SERVER_PREFIX));
  }

  /** The servers that hold credentials for {@code manifest}'s environments, fetched and decrypted. */
  CredentialBinding bind(Manifest manifest) {
    Map<String, String> store = new TreeMap<>();
    Map<String, String> b2b = new TreeMap<>();
    Set<String> logins = new HashSet<>();
    for (EnvironmentSpec environment : manifest.environments().values()) {
      String id = serverId(environment.name());
      if (environment.token().isPresent() && hasPassword(id)) {
        store.put(environment.name(), id);
      }
      Optional<EnvironmentSpec.B2bSpec> b2bSpec = environment.b2b();
      if (b2bSpec.isPresent() && hasPassword(id + B2B_SUFFIX)) {
        b2b.put(environment.name(), id + B2B_SUFFIX);
        if (b2bSpec.get().isLegacyLogin()) {
          logins.add(id + B2B_SUFFIX);
        }
      }
    }
    return CredentialBinding.fetch(new CredentialIds(store, b2b), id -> Optional.of(credential(id, logins.contains(id))));
  }

  private boolean hasPassword(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    return server != null && server.getPassword() != null && !server.getPassword().isEmpty();
  }

  private Credential credential(String id, boolean login) {
    Server server = decrypted(settings.getServer(id));
    Secret password = Secret.of(server.getPassword());
    if (!login) {
      return Credential.secretText(id, password);
    }
    if (server.getUsername() == null || server.getUsername().isBlank()) {
      throw StagingProException.badInput("settings.xml server '" + id + "' is for the legacy B2B Edition login:"
          + " give the admin's e-mail as <username> and the password as <password>");
    }
    return Credential.usernamePassword(id, server.getUsername(), password);
  }

  private Server decrypted(Server server) {
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    String problems = result.getProblems().stream()
        .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
        .map(SettingsProblem::getMessage)
        .collect(Collectors.joining("; "));
    if (!problems.isEmpty()) {
      throw StagingProException.badInput("settings.xml server '" + server.getId() + "': its password could not be decrypted ("
          + problems + "); check the master password in settings-security.xml or store the token unencrypted");
    }
    return result.getServer();
  }
}
