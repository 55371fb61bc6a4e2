package dev.stagingpro.core.manifest;

import dev.stagingpro.core.secret.Secret;
import java.util.Optional;

/**
 * A {@code ${VAR}} reference to a secret in the manifest. The manifest never holds the value; it
 * is read from the environment (or a face's credential store) when an operation needs it.
 */
public record SecretRef(String variable) {
  public String placeholder() {
    return "${" + variable + "}";
  }

  public Optional<Secret> resolve(EnvLookup env) {
    return env.get(variable).filter(v -> !v.isEmpty()).map(Secret::of);
  }

  @Override
  public String toString() {
    return placeholder();
  }
}
