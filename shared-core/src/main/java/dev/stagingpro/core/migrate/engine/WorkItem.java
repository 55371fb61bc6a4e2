package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import java.util.Optional;

/**
 * One write a plan calls for: the class, the source record to write and, for updates and deletes,
 * the destination record as planned (with its ids).
 */
public record WorkItem(ChangeClass change, PortableRecord source, Optional<StoredRecord> destination) {
  public String key() {
    return source.key();
  }
}
