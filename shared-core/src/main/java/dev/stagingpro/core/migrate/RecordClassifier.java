package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import java.util.List;
import java.util.Optional;

/**
 * Classifies one source record against its destination twin (found by natural key), per the
 * migration mode: bulk never touches an existing record (conflict); selective updates it in place.
 */
public final class RecordClassifier {
  /** The field, custom field or metafield name that keeps a record out of every migration. */
  public static final String NO_SYNC = "no-sync";

  private final Mode mode;
  private final RecordComparer comparer;

  public RecordClassifier(Mode mode, ComparisonRules rules) {
    this.mode = mode;
    this.comparer = new RecordComparer(rules);
  }

  /**
   * @param problems why the record cannot be moved (a required field missing, an unresolvable
   *     reference, a limit exceeded); empty when it can
   */
  public PlannedChange classify(PortableRecord source, Optional<PortableRecord> destination, List<String> problems) {
    Optional<String> fingerprint = destination.map(d -> Fingerprints.of(d.fields()));
    if (isNoSync(source.fields())) {
      return change(source, ChangeClass.SKIPPED, List.of(), "marked " + NO_SYNC + " on the source", fingerprint);
    }
    if (!problems.isEmpty()) {
      return change(source, ChangeClass.NOT_MIGRATABLE, List.of(), String.join("; ", problems), fingerprint);
    }
    if (destination.isEmpty()) {
      return written(change(source, ChangeClass.CREATE, List.of(), null, fingerprint), source);
    }
    if (mode == Mode.BULK) {
      return change(source, ChangeClass.CONFLICT, List.of(), "exists on the destination; bulk mode never updates", fingerprint);
    }
    List<FieldChange> changes = comparer.diff(destination.get().fields(), source.fields());
    if (changes.isEmpty()) {
      return change(source, ChangeClass.UNCHANGED, changes, null, fingerprint);
    }
    return written(change(source, ChangeClass.UPDATE, changes, null, fingerprint), source);
  }

  /** A write records what it would send, so a saved plan can tell when the source changed. */
  private static PlannedChange written(PlannedChange change, PortableRecord source) {
    return new PlannedChange(change.entity(), change.key(), change.changeClass(), change.changes(), change.reason(),
        change.destinationFingerprint(), Optional.of(Fingerprints.of(source.fields())));
  }

  /** A destination record the source no longer has, when pruning was asked for. */
  public PlannedChange prune(PortableRecord destination) {
    return change(destination, ChangeClass.DELETE, List.of(), "not on the source; pruning was asked for",
        Optional.of(Fingerprints.of(destination.fields())));
  }

  /** No-sync is a custom field or metafield named {@code no-sync} (any value but "false"). */
  public static boolean isNoSync(JsonNode fields) {
    return hasNamed(fields.path("custom_fields"), "name", "value") || hasNamed(fields.path("metafields"), "key", "value");
  }

  private static boolean hasNamed(JsonNode array, String nameField, String valueField) {
    for (JsonNode element : array) {
      if (NO_SYNC.equalsIgnoreCase(element.path(nameField).asText())
          && !"false".equalsIgnoreCase(element.path(valueField).asText())) {
        return true;
      }
    }
    return false;
  }

  private static PlannedChange change(PortableRecord record, ChangeClass changeClass, List<FieldChange> changes, String reason, Optional<String> fingerprint) {
    return new PlannedChange(record.entity(), record.key(), changeClass, changes, Optional.ofNullable(reason), fingerprint);
  }
}
