package dev.stagingpro.core.manifest;

import java.util.Map;
import java.util.Optional;

/**
 * Where {@code ${VAR}} references are read from. The process environment by default; faces add
 * their own credential stores (Maven settings.xml servers, Jenkins credentials) in front of it.
 */
@FunctionalInterface
public interface EnvLookup {
  Optional<String> get(String variable);

  static EnvLookup system() {
    return variable -> Optional.ofNullable(System.getenv(variable));
  }

  static EnvLookup of(Map<String, String> values) {
    return variable -> Optional.ofNullable(values.get(variable));
  }

  /** This lookup, registering every value it gives out with {@code masker} before anyone can print it. */
  default EnvLookup maskedBy(dev.stagingpro.core.secret.SecretMasker masker) {
    return variable -> get(variable).map(value -> {
      masker.register(dev.stagingpro.core.secret.Secret.of(value));
      return value;
    });
  }

  /** This lookup first, then {@code fallback}. */
  default EnvLookup orElse(EnvLookup fallback) {
    return variable -> get(variable).or(() -> fallback.get(variable));
  }
}
