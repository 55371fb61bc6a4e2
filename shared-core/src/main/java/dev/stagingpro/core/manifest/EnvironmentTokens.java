package dev.stagingpro.core.manifest;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.Secret;
import java.util.ArrayList;
import java.util.List;
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
   * A lookup for the token variables of {@code manifest}'s environments. The face is asked for an
   * environment's token only when its variable is read, so a credential the operation does not
   * need is never fetched (nor decrypted). Environments without a {@code token:} (sandboxes) are
   * never asked. Two environments naming one variable must get the same token, or nobody could
   * tell which one is meant.
   */
  public static EnvLookup lookup(Manifest manifest, Function<String, Optional<Secret>> tokenForEnvironment) {
    Map<String, List<String>> environmentsByVariable = new TreeMap<>();
    new TreeMap<>(manifest.environments()).values().forEach(environment -> environment.token().ifPresent(ref ->
        environmentsByVariable.computeIfAbsent(ref.variable(), v -> new ArrayList<>()).add(environment.name())));
    return variable -> {
      Optional<Secret> found = Optional.empty();
      String foundFor = null;
      for (String environment : environmentsByVariable.getOrDefault(variable, List.of())) {
        Optional<Secret> token = tokenForEnvironment.apply(environment);
        if (token.isPresent() && found.isPresent() && !found.equals(token)) {
          throw StagingProException.badInput(manifest.file() + ": environments '" + foundFor + "' and '" + environment
              + "' both take their token from ${" + variable + "}, but different tokens were given for them;"
              + " give each environment its own variable");
        }
        if (token.isPresent() && found.isEmpty()) {
          found = token;
          foundFor = environment;
        }
      }
      return found.map(Secret::reveal);
    };
  }
}
