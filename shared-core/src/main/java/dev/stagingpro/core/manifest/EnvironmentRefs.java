package dev.stagingpro.core.manifest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** References to declared environments (migration from/to, preview), checked against the names declared. */
final class EnvironmentRefs {
  private final Optional<List<String>> declared;

  /** @param declared the environment names, or empty when {@code environments} could not be read (then nothing is checked) */
  EnvironmentRefs(Optional<Set<String>> declared) {
    this.declared = declared.map(names -> names.stream().sorted().toList());
  }

  Optional<String> read(YamlValue value) {
    Optional<String> name = value.text();
    if (name.isPresent() && declared.isPresent() && !declared.get().contains(name.get())) {
      value.problem(Suggestions.unknown("environment", name.get(), declared.get()));
      return Optional.empty();
    }
    return name;
  }
}
