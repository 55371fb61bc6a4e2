package dev.stagingpro.core.ci;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.EnvironmentSpec.B2bSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.secret.Secret;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Credentials fetched by id, per environment, and how they stand in for the manifest's {@code
 * ${VAR}} references: an environment's store credential answers its {@code token: ${VAR}}, its
 * B2B credential answers {@code b2b.token} (secret text) or the legacy {@code b2b.email} +
 * {@code b2b.password} (username with password). Fetched where the credential store is (a CI
 * controller), bound where the manifest is (the agent holding the workspace).
 */
public final class CredentialBinding implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final CredentialBinding NONE = new CredentialBinding(new TreeMap<>(), new TreeMap<>());

  private final TreeMap<String, Credential> store;
  private final TreeMap<String, Credential> b2b;

  private CredentialBinding(TreeMap<String, Credential> store, TreeMap<String, Credential> b2b) {
    this.store = store;
    this.b2b = b2b;
  }

  /**
   * Fetches every credential {@code ids} names.
   *
   * @throws StagingProException bad input naming the parameter, environment and id of the first
   *     credential that is missing or of the wrong kind
   */
  public static CredentialBinding fetch(CredentialIds ids, CredentialSource source) {
    return new CredentialBinding(
        fetchAll(StepArguments.CREDENTIALS, ids.store(), source, true),
        fetchAll(StepArguments.B2B_CREDENTIALS, ids.b2b(), source, false));
  }

  private static TreeMap<String, Credential> fetchAll(String parameter, Map<String, String> ids, CredentialSource source, boolean tokenOnly) {
    TreeMap<String, Credential> fetched = new TreeMap<>();
    ids.forEach((environment, id) -> {
      Credential credential = source.find(id).orElseThrow(() -> StagingProException.badInput(
          parameter + ": no credential with id '" + id + "' (for environment '" + environment
              + "') is available to this build; add it to the CI credential store or correct the id"));
      if (tokenOnly && !(credential instanceof Credential.SecretText)) {
        throw StagingProException.badInput(parameter + ": credential '" + id + "' (for environment '" + environment
            + "') is a username with password; a store API token must be secret text");
      }
      fetched.put(environment, credential);
    });
    return fetched;
  }

  public boolean isEmpty() {
    return store.isEmpty() && b2b.isEmpty();
  }

  /** Every secret value held, for the log masker. */
  public List<Secret> secrets() {
    List<Secret> secrets = new ArrayList<>();
    store.values().forEach(c -> secrets.addAll(c.secrets()));
    b2b.values().forEach(c -> secrets.addAll(c.secrets()));
    return secrets;
  }

  /** One line per bound credential, naming environment and id (never a value). */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    store.forEach((env, c) -> lines.add("environment '" + env + "': store API token from credential '" + c.id() + "'"));
    b2b.forEach((env, c) -> lines.add("environment '" + env + "': B2B Edition login from credential '" + c.id() + "'"));
    return lines;
  }

  /**
   * The values for {@code manifest}'s {@code ${VAR}} names, to put in front of the environment.
   *
   * @throws StagingProException bad input when a named environment is not declared, or declares
   *     no place for the credential given (a sandbox, no {@code b2b} block, the other B2B login kind)
   */
  public EnvLookup lookup(Manifest manifest) {
    Map<String, String> values = new HashMap<>();
    store.forEach((name, credential) -> {
      EnvironmentSpec env = declared(manifest, StepArguments.CREDENTIALS, name);
      SecretRef token = env.token().orElseThrow(() -> StagingProException.badInput(StepArguments.CREDENTIALS
          + ": environment '" + name + "' in " + manifest.file() + " has no token: ${VAR}"
          + (env.isSandbox() ? " (it is an embedded sandbox, which needs none)" : "") + "; remove it from credentials"));
      bind(values, manifest, token.variable(), ((Credential.SecretText) credential).text().reveal());
    });
    b2b.forEach((name, credential) -> bindB2b(manifest, name, credential, values));
    return EnvLookup.of(values);
  }

  private static void bindB2b(Manifest manifest, String name, Credential credential, Map<String, String> values) {
    String where = StepArguments.B2B_CREDENTIALS + ": environment '" + name + "' in " + manifest.file();
    B2bSpec spec = declared(manifest, StepArguments.B2B_CREDENTIALS, name).b2b().orElseThrow(
        () -> StagingProException.badInput(where + " has no b2b block; add one or remove it from b2bCredentials"));
    if (credential instanceof Credential.SecretText text && spec.token().isPresent()) {
      bind(values, manifest, spec.token().get().variable(), text.text().reveal());
    } else if (credential instanceof Credential.UsernamePassword login && spec.isLegacyLogin()
        && spec.email().isPresent() && spec.password().isPresent()) {
      bind(values, manifest, spec.email().get().variable(), login.username());
      bind(values, manifest, spec.password().get().variable(), login.password().reveal());
    } else {
      throw StagingProException.badInput(where + (spec.isLegacyLogin()
          ? " uses the legacy email + password login: give a username-with-password credential"
          : " uses a B2B Edition API token: give a secret-text credential")
          + " ('" + credential.id() + "' is the other kind)");
    }
  }

  // Two environments may share one ${VAR}; then they must get the same value, or one would be lost.
  private static void bind(Map<String, String> values, Manifest manifest, String variable, String value) {
    String earlier = values.putIfAbsent(variable, value);
    if (earlier != null && !earlier.equals(value)) {
      throw StagingProException.badInput("credentials: two environments in " + manifest.file() + " take ${" + variable
          + "}, but different credentials were given for them; give each environment its own variable");
    }
  }

  private static EnvironmentSpec declared(Manifest manifest, String parameter, String name) {
    EnvironmentSpec env = manifest.environments().get(name);
    if (env == null) {
      throw StagingProException.badInput(parameter + ": names environment '" + name + "', which " + manifest.file()
          + " does not declare; declared: " + String.join(", ", new TreeMap<>(manifest.environments()).keySet()));
    }
    return env;
  }

  @Override
  public String toString() {
    return "CredentialBinding" + describe();
  }
}
