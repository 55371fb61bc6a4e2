package dev.stagingpro.core.manifest;

import java.util.List;
import java.util.Optional;

/** Reads {@code preview:}: the environment pull-request previews deploy to, and the channel pool size. */
final class PreviewReader {
  private static final List<String> KEYS = List.of("environment", "channels");

  private PreviewReader() {}

  static Optional<PreviewSpec> read(YamlValue value, EnvironmentRefs environments) {
    Optional<YamlMap> map = value.map(KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap preview = map.get();
    Optional<String> environment = preview.require("environment", "the environment previews deploy to")
        .flatMap(environments::read);
    int channels = preview.get("channels").flatMap(v -> v.integer(1)).orElse(PreviewSpec.DEFAULT_CHANNELS);
    return environment.map(env -> new PreviewSpec(env, channels));
  }
}
