package dev.stagingpro.core.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded and validated {@code stagingpro.yml} (format v1, see docs/manifest.md). Every value
 * here has passed validation: environment references resolve, paths stay inside {@link
 * #repoRoot()}, secrets were given as {@code ${VAR}} references.
 */
public record Manifest(
    Path file,
    Path repoRoot,
    int version,
    Map<String, EnvironmentSpec> environments,
    Optional<ThemeSpec> theme,
    Optional<PreviewSpec> preview,
    List<MigrationSpec> migrations,
    List<NotificationSpec> notifications) {

  /** Local state beside the manifest (embedded sandbox stores, run journals), relative to the repository root. */
  public static final String STATE_DIR = ".stagingpro";

  public Manifest {
    // In file order, so descriptions and listings read like the manifest.
    environments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environments));
    migrations = List.copyOf(migrations);
    notifications = List.copyOf(notifications);
  }

  /** The named environment, or a bad-input error listing the declared names. */
  public EnvironmentSpec environment(String name) {
    EnvironmentSpec env = environments.get(name);
    if (env == null) {
      throw dev.stagingpro.core.StagingProException.badInput(
          file + ": no environment named '" + name + "'; declared: "
              + String.join(", ", new java.util.TreeSet<>(environments.keySet())));
    }
    return env;
  }

  /** Every {@code ${VAR}} the manifest declares for a secret: tokens, B2B logins, webhooks, SMTP passwords. */
  public List<SecretRef> secretReferences() {
    List<SecretRef> refs = new java.util.ArrayList<>();
    for (EnvironmentSpec env : environments.values()) {
      env.token().ifPresent(refs::add);
      env.b2b().ifPresent(b2b -> {
        b2b.token().ifPresent(refs::add);
        b2b.email().ifPresent(refs::add);
        b2b.password().ifPresent(refs::add);
      });
    }
    for (NotificationSpec target : notifications) {
      target.webhookUrl().ifPresent(refs::add);
      target.smtp().flatMap(NotificationSpec.Smtp::password).ifPresent(refs::add);
    }
    return List.copyOf(refs);
  }

  public Optional<MigrationSpec> migration(String id) {
    return migrations.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
