package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Stencil theme in the repo: where it is, how to build it, what to activate where. */
public record ThemeSpec(
    Path path,
    Optional<String> buildCommand,
    Duration buildTimeout,
    Optional<String> variation,
    List<Integer> channels) {

  public static final Duration DEFAULT_BUILD_TIMEOUT = Duration.ofMinutes(10);

  public ThemeSpec {
    channels = List.copyOf(channels);
  }
}
