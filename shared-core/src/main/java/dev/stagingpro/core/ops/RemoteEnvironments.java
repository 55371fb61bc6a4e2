package dev.stagingpro.core.ops;

import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.MigrationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The environments a request may reach over the network (store environments, not embedded
 * sandboxes), so a face that was told to stay offline (Maven {@code -o}) can refuse up front
 * instead of failing half-way. It errs on the side of "may reach": a migration run without {@code
 * migration} counts every declared migration.
 */
public final class RemoteEnvironments {
  private RemoteEnvironments() {}

  public static SortedSet<String> of(Manifest manifest, OperationRequest request) {
    SortedSet<String> remote = new TreeSet<>();
    for (String name : named(manifest, request)) {
      EnvironmentSpec environment = manifest.environments().get(name);
      // unknown names are left to the handler, which reports them with the declared names
      if (environment != null && !environment.isSandbox()) {
        remote.add(name);
      }
    }
    return remote;
  }

  private static List<String> named(Manifest manifest, OperationRequest request) {
    List<String> names = new ArrayList<>();
    switch (request.operation()) {
      case VALIDATE, BUNDLE -> { }
      case PREVIEW, PREVIEW_CLEANUP -> request.environment()
          .or(() -> manifest.preview().map(p -> p.environment()))
          .ifPresent(names::add);
      case THEME_COPY -> {
        request.from().ifPresent(names::add);
        request.to().ifPresent(names::add);
      }
      case PLAN, APPLY, RELEASE -> {
        request.environment().ifPresent(names::add);
        for (MigrationSpec migration : migrations(manifest, request.migration())) {
          migration.from().environment().ifPresent(names::add);
          names.add(migration.to());
        }
      }
      default -> request.environment().ifPresent(names::add);
    }
    return names;
  }

  private static List<MigrationSpec> migrations(Manifest manifest, Optional<String> id) {
    return id.map(i -> manifest.migration(i).map(List::of).orElse(List.of())).orElse(manifest.migrations());
  }
}
