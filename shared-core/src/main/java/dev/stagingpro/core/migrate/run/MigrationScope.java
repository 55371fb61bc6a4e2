package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which of the manifest's migrations a request means: {@code --migration ID}, and {@code --env} as the destination. */
public final class MigrationScope {
  private MigrationScope() {}

  /**
   * A repository that declares no migrations (theme only) has nothing to plan or apply: that is a
   * success with nothing changed, so pull-request and release flows work for it unchanged. Asking
   * for a migration by id is still bad input.
   */
  public static Optional<OperationResult> nothingDeclared(Manifest manifest, OperationRequest request) {
    if (!manifest.migrations().isEmpty() || request.migration().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(OperationResult.success(request.operation(),
        List.of(manifest.file().getFileName() + " declares no migrations: nothing to " + request.operation().cliName()),
        Map.of("changed", "false"), null));
  }

  public static List<MigrationSpec> select(Manifest manifest, OperationRequest request) {
    return select(manifest, request.migration(), request.environment());
  }

  public static List<MigrationSpec> select(Manifest manifest, Optional<String> migration, Optional<String> destination) {
    if (manifest.migrations().isEmpty()) {
      throw StagingProException.badInput(manifest.file() + " declares no migrations; add one under migrations: (see docs/manifest.md)");
    }
    destination.ifPresent(manifest::environment);
    List<MigrationSpec> chosen = manifest.migrations();
    if (migration.isPresent()) {
      MigrationSpec spec = manifest.migration(migration.get()).orElseThrow(() -> StagingProException.badInput(
          manifest.file() + " has no migration '" + migration.get() + "'; declared: " + ids(manifest.migrations())));
      chosen = List.of(spec);
    }
    if (destination.isPresent()) {
      chosen = chosen.stream().filter(m -> m.to().equals(destination.get())).toList();
      if (chosen.isEmpty()) {
        throw StagingProException.badInput("no migration" + migration.map(id -> " '" + id + "'").orElse("") + " in " + manifest.file()
            + " goes to '" + destination.get() + "'; migrations and their destinations: "
            + manifest.migrations().stream().map(m -> m.id() + " -> " + m.to()).collect(Collectors.joining(", ")));
      }
    }
    return chosen;
  }

  static String ids(List<MigrationSpec> specs) {
    return specs.stream().map(MigrationSpec::id).collect(Collectors.joining(", "));
  }
}
