package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import java.util.Objects;
import java.util.Optional;

/**
 * A record in store-independent form: identified by its natural key (SKU, name + parent path,
 * e-mail, ...), with references written as natural keys too (a product's brand by name, its
 * categories by path) and no store ids. This form is what plans compare, what {@code export} writes
 * to files, and what a data folder in the repo holds.
 *
 * @param storeId the record's id in the store it was read from (empty for files); never compared
 */
public record PortableRecord(Entity entity, String key, ObjectNode fields, Optional<Long> storeId) {
  public PortableRecord {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fields, "fields");
  }

  public static PortableRecord of(Entity entity, String key, ObjectNode fields) {
    return new PortableRecord(entity, key, fields, Optional.empty());
  }
}
