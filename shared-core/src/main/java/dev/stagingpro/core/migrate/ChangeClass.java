package dev.stagingpro.core.migrate;

/**
 * How a plan classifies a record. The JSON names are part of the plan's stable schema
 * (docs/plan.schema.json) and must not change.
 */
public enum ChangeClass {
  /** Absent on the destination; apply creates it. */
  CREATE("create"),
  /** Present and different; apply updates the listed fields in place. */
  UPDATE("update"),
  /** Present and equal; nothing to do. */
  UNCHANGED("unchanged"),
  /** Marked no-sync on the source (a custom field or metafield named {@code no-sync}); never moved. */
  SKIPPED("skipped"),
  /** Cannot be moved: a required field missing, an unresolvable reference, a limit exceeded. */
  NOT_MIGRATABLE("not_migratable"),
  /** Bulk mode and the record already exists on the destination: reported, left untouched. */
  CONFLICT("conflict"),
  /** On the destination but not the source, and pruning was asked for. */
  DELETE("delete"),
  /** Reserved for two-way sync: present only on the destination, to be created on the source. */
  CREATE_ON_SOURCE("create_on_source");

  private final String jsonName;

  ChangeClass(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Whether apply writes to the destination for this class. */
  public boolean writes() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
