package dev.stagingpro.core.migrate;

import dev.stagingpro.core.manifest.Entity;
import java.util.List;
import java.util.Optional;

/**
 * What the plan says about one record.
 *
 * @param key the natural key (SKU, name + parent path, e-mail, ...)
 * @param changes the fields an update changes (empty for other classes)
 * @param reason why a record is skipped, not migratable or a conflict
 * @param destinationFingerprint fingerprint of the destination record as planned (empty when
 *     absent), so applying a saved plan can refuse when the destination changed since
 */
public record PlannedChange(
    Entity entity,
    String key,
    ChangeClass changeClass,
    List<FieldChange> changes,
    Optional<String> reason,
    Optional<String> destinationFingerprint) {

  public PlannedChange {
    changes = List.copyOf(changes);
  }
}
