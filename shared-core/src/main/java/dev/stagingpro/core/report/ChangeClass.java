package dev.stagingpro.core.report;

import java.util.Arrays;
import java.util.Optional;

/** What a run did (or would do) to one record; the same classes a plan shows. */
public enum ChangeClass {
  CREATE("create"),
  UPDATE("update"),
  UNCHANGED("unchanged"),
  SKIPPED("skipped"),
  NOT_MIGRATABLE("not_migratable"),
  CONFLICT("conflict"),
  DELETE("delete"),
  CREATE_ON_SOURCE("create_on_source");

  private final String key;

  ChangeClass(String key) {
    this.key = key;
  }

  /** The name used in report.json and the report tables. */
  public String key() {
    return key;
  }

  public static Optional<ChangeClass> fromKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
