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
 * @param sourceFingerprint fingerprint of the source record a write would send (creates and
 *     updates only), so applying a saved plan can refuse when the source changed since
 */
public record PlannedChange(
    Entity entity,
    String key,
    ChangeClass changeClass,
    List<FieldChange> changes,
    Optional<String> reason,
    Optional<String> destinationFingerprint,
    Optional<String> sourceFingerprint) {

  public PlannedChange {
    changes = List.copyOf(changes);
  }

  public PlannedChange(Entity entity, String key, ChangeClass changeClass, List<FieldChange> changes, Optional<String> reason,
      Optional<String> destinationFingerprint) {
    this(entity, key, changeClass, changes, reason, destinationFingerprint, Optional.empty());
  }

  /** The same change in another class, for a reason (e.g. a reference that turned out unresolvable). */
  public PlannedChange reclassified(ChangeClass newClass, String newReason) {
    return new PlannedChange(entity, key, newClass, List.of(), Optional.of(newReason), destinationFingerprint, Optional.empty());
  }

  /** The same change with a reason (e.g. a note about a create). */
  public PlannedChange withReason(String newReason) {
    return new PlannedChange(entity, key, changeClass, changes, Optional.of(newReason), destinationFingerprint, sourceFingerprint);
  }
}
