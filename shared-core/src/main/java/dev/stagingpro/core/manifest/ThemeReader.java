package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads {@code theme:}: where the Stencil theme is, how to build it, what to activate. */
final class ThemeReader {
  private static final List<String> KEYS = List.of("path", "build", "variation", "channels");
  private static final List<String> BUILD_KEYS = List.of("command", "timeout");

  private ThemeReader() {}

  static Optional<ThemeSpec> read(YamlValue value, RepoPaths paths) {
    Optional<YamlMap> map = value.map(KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap theme = map.get();
    Optional<Path> path = theme.require("path", "the theme's folder, relative to the repository root").flatMap(paths::folder);
    Optional<YamlMap> build = theme.get("build").flatMap(v -> v.map(BUILD_KEYS));
    Optional<String> command = build.flatMap(b -> b.require("command", "the shell command that builds the theme"))
        .flatMap(YamlValue::text);
    Duration timeout = build.flatMap(b -> b.get("timeout")).flatMap(YamlValue::duration)
        .orElse(ThemeSpec.DEFAULT_BUILD_TIMEOUT);
    Optional<String> variation = theme.get("variation").flatMap(YamlValue::text);
    List<Integer> channels = theme.get("channels").flatMap(Channels::read).orElse(List.of());
    return path.map(p -> new ThemeSpec(p, command, timeout, variation, channels));
  }
}
