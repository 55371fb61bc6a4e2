package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.store.ConnectorOptions;

/**
 * How the migration handlers reach stores (connector options: retries, pacing, clock) and which
 * entities they can move. Faces use {@link #standard()}; tests shorten the waits.
 */
public record MigrationSetup(ConnectorOptions connector, Adapters adapters) {
  public static MigrationSetup standard() {
    return new MigrationSetup(ConnectorOptions.defaults(), Adapters.standard());
  }

  public static MigrationSetup of(ConnectorOptions connector) {
    return new MigrationSetup(connector, Adapters.standard());
  }
}
