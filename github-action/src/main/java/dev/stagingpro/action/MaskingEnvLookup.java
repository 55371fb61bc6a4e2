package dev.stagingpro.action;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The environment as the core sees it in the Action. The manifest names its credentials as
 * {@code ${VAR}} references, which workflows fill from secrets through {@code env:}; so every value
 * the core reads here is treated as a secret: masked in the runner ({@code ::add-mask::}) before
 * anything can print it, and in every text the Action writes.
 *
 * <p>In a read-only run (a fork's pull request, which gets no secrets) an unset variable is
 * answered with a placeholder, so validation checks everything except the credentials; the
 * variables concerned are listed in the report.
 */
final class MaskingEnvLookup implements EnvLookup {
  static final String PLACEHOLDER = "unavailable-in-read-only-run";

  private final EnvLookup delegate;
  private final SecretMasker masker;
  private final WorkflowCommands commands;
  private final boolean placeholders;
  private final Set<String> masked = ConcurrentHashMap.newKeySet();
  private final Set<String> unavailable = new TreeSet<>();

  MaskingEnvLookup(EnvLookup delegate, SecretMasker masker, WorkflowCommands commands, boolean placeholders) {
    this.delegate = delegate;
    this.masker = masker;
    this.commands = commands;
    this.placeholders = placeholders;
  }

  @Override
  public Optional<String> get(String variable) {
    Optional<String> value = delegate.get(variable).filter(v -> !v.isEmpty());
    if (value.isPresent()) {
      if (masked.add(variable)) {
        commands.addMask(value.get());
        masker.register(Secret.of(value.get()));
      }
      return value;
    }
    if (!placeholders) {
      return value;
    }
    synchronized (unavailable) {
      unavailable.add(variable);
    }
    return Optional.of(PLACEHOLDER);
  }

  /** The variables a read-only run had to stand in for. */
  List<String> unavailable() {
    synchronized (unavailable) {
      return List.copyOf(unavailable);
    }
  }
}
