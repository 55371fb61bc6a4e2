package dev.stagingpro.core.manifest;

import java.util.List;
import java.util.Optional;

/** A list of BigCommerce channel ids (storefronts): whole numbers from 1, each once. */
final class Channels {
  private Channels() {}

  static Optional<List<Integer>> read(YamlValue value) {
    return value.list(item -> item.integer(1));
  }
}
