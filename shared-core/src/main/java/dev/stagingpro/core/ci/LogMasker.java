package dev.stagingpro.core.ci;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Writes lines to a CI log with every secret the step knows of masked: the credentials it bound,
 * and every value a manifest {@code ${VAR}} was resolved to (those come from the CI environment,
 * e.g. a {@code withCredentials} block, and are secrets by the manifest's rules).
 */
public final class LogMasker {
  private final SecretMasker masker = new SecretMasker();
  private final Consumer<String> log;
  private final Consumer<String> warnings;
  private final Consumer<String> errors;

  /** A plain log: warnings and errors are lines marked {@code WARNING:} and {@code ERROR:}. */
  public LogMasker(Consumer<String> log) {
    this(log, line -> log.accept("WARNING: " + line), line -> log.accept("ERROR: " + line));
  }

  /** A log with levels of its own (e.g. Maven's), each line going to the level it has. */
  public LogMasker(Consumer<String> log, Consumer<String> warnings, Consumer<String> errors) {
    this.log = log;
    this.warnings = warnings;
    this.errors = errors;
  }

  public void registerAll(Collection<Secret> secrets) {
    masker.registerAll(secrets);
  }

  public String mask(String text) {
    return masker.mask(text);
  }

  /** Writes each line of {@code text}, masked. */
  public void println(String text) {
    write(log, text);
  }

  /** Writes each line of {@code text} as a warning, masked. */
  public void warn(String text) {
    write(warnings, text);
  }

  /** Writes each line of {@code text} as an error, masked. */
  public void error(String text) {
    write(errors, text);
  }

  private void write(Consumer<String> level, String text) {
    for (String line : mask(text).split("\\R", -1)) {
      level.accept(line);
    }
  }

  /** {@code env}, registering every value it gives out before anyone can print it. */
  public EnvLookup watching(EnvLookup env) {
    return env.maskedBy(masker);
  }
}
