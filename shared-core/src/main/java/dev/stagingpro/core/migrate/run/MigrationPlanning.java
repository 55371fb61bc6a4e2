package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.DataFolder;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.engine.MigrationDefinitions;
import dev.stagingpro.core.migrate.engine.MigrationPlanner;
import dev.stagingpro.core.migrate.engine.RecordSource;
import dev.stagingpro.core.migrate.engine.WorkSink;
import dev.stagingpro.core.migrate.entity.Adapters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one declared migration against its destination: the source is a store (only read) or a
 * data folder, the destination must be a launched storefront, and customers are anonymised on the
 * way when the migration asks for it and the destination is not protected.
 */
final class MigrationPlanning {
  private final StoreAccess access;
  private final Adapters adapters;
  private final ProgressListener listener;

  MigrationPlanning(StoreAccess access, Adapters adapters) {
    this.access = access;
    this.adapters = adapters;
    this.listener = access.workspace().listener();
  }

  MigrationPlan plan(MigrationSpec spec, WorkSink sink, Optional<Map<Entity, Set<String>>> only) {
    access.requireMigratable(spec.to());
    RecordSource source = spec.from().environment()
        .map(env -> RecordSource.of(access.side(env), adapters))
        .orElseGet(() -> RecordSource.of(new DataFolder(spec.from().folder().orElseThrow())));
    boolean protectedDestination = access.manifest().environment(spec.to()).isProtected();
    boolean anonymise = spec.options().anonymiseCustomers() && !protectedDestination;
    if (spec.options().anonymiseCustomers() && protectedDestination && spec.entities().contains(Entity.CUSTOMERS)) {
      listener.warn("Migration '" + spec.id() + "': customers are not anonymised, because '" + spec.to()
          + "' is protected (anonymisation is for test and staging stores)");
    }
    String from = MigrationDefinitions.from(spec, access.workspace().repoRoot());
    MigrationPlan plan = new MigrationPlanner(spec, from, source, access.side(spec.to()), adapters, anonymise, only, listener)
        .plan(sink);
    plan.definition(MigrationDefinitions.checksum(spec, access.workspace().repoRoot()));
    return plan;
  }
}
