package dev.stagingpro.core.manifest;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.Secret;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Lets a face's own credential store stand in for the environment variables a manifest names as
 * store tokens. The face only says which token it holds for which environment (Maven: the
 * settings.xml server {@code stagingpro.<environment>}); this answers the {@code ${VAR}} that
 * environment's {@code token:} refers to, so the rest of the core keeps reading plain variables.
 */
public final class EnvironmentTokens {
  private EnvironmentTokens() {}

  /**
   * A lookup for the token variables of {@code manifest}'s environments for which {@code
   * tokenForEnvironment} holds a token. Environments without a {@code token:} (sandboxes) are not
   * asked. Two environments naming one variable must get the same token, or nobody could tell
   * which one is meant.
   */
  public static EnvLookup lookup(Manifest manifest, Function<String, Optional<Secret>> tokenForEnvironment) {
    Map<String, Secret> byVariable = new HashMap<>();
    Map<String, String> environmentOfVariable = new HashMap<>();
    for (EnvironmentSpec environment : new TreeMap<>(manifest.environments()).values()) {
      if (environment.token().isEmpty()) {
        continue;
      }
      Optional<Secret> token = tokenForEnvironment.apply(environment.name());
      if (token.isEmpty()) {
        continue;
      }
      String variable = environment.token().get().variable();
      Secret earlier = byVariable.putIfAbsent(variable, token.get());
      if (earlier != null && !earlier.equals(token.get())) {
        throw StagingProException.badInput(manifest.file() + ": environments '" + environmentOfVariable.get(variable)
            + "' and '" + environment.name() + "' both take their token from ${" + variable
            + "}, but different tokens were given for them; give each environment its own variable");
      }
      environmentOfVariable.putIfAbsent(variable, environment.name());
    }
    return variable -> Optional.ofNullable(byVariable.get(variable)).map(Secret::reveal);
  }
}
