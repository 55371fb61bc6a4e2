package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.DataFolder;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.StoreSide;
import java.util.stream.Stream;

/** Where a migration's records come from: a store (read only) or a data folder in the repository. */
@FunctionalInterface
public interface RecordSource {
  /** The entity's records in portable form, read lazily; close the stream when done. */
  Stream<PortableRecord> records(Entity entity);

  /** A store's records through the adapters; nothing is ever written to it. */
  static RecordSource of(StoreSide store, Adapters adapters) {
    return entity -> adapters.get(entity).read(store);
  }

  static RecordSource of(DataFolder folder) {
    return entity -> folder.read(entity).stream();
  }
}
