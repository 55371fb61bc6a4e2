package dev.stagingpro.action;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The process environment as the GitHub runner fills it for a container action: inputs as
 * {@code INPUT_*} variables, context as {@code GITHUB_*} variables. Unset and empty are the same
 * here, because some runner versions pass an input the caller left out as an empty variable.
 */
final class ActionEnvironment {
  private final Function<String, String> variables;

  ActionEnvironment(Function<String, String> variables) {
    this.variables = variables;
  }

  static ActionEnvironment system() {
    return new ActionEnvironment(System::getenv);
  }

  /**
   * The input {@code id} as declared in action.yml. The runner upper-cases the id, turns spaces
   * into underscores and keeps dashes ({@code max-wait} arrives as {@code INPUT_MAX-WAIT}); the
   * underscore spelling is accepted too, for callers that set the variable themselves.
   */
  Optional<String> input(String id) {
    String name = "INPUT_" + id.replace(' ', '_').toUpperCase(Locale.ROOT);
    return variable(name).or(() -> variable(name.replace('-', '_'))).map(String::trim);
  }

  Optional<String> variable(String name) {
    String value = variables.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The raw lookup, for core APIs that read the environment themselves. */
  Function<String, String> asFunction() {
    return name -> variable(name).orElse(null);
  }
}
