package dev.stagingpro.sandbox.state;

import java.util.List;

/**
 * How one collection of records is kept: its name (also its name on disk), the entity template
 * that fills defaults, the field holding the numeric id, and the fields to index for lookups.
 * Index fields listed in {@code caseInsensitive} match without regard to case (e-mail, names).
 */
public record TableSpec(
    String name, String template, String idField, List<String> indexed, List<String> caseInsensitive) {

  public static TableSpec of(String name, String template, String... indexed) {
    return new TableSpec(name, template, "id", List.of(indexed), List.of());
  }

  public TableSpec idField(String field) {
    return new TableSpec(name, template, field, indexed, caseInsensitive);
  }

  public TableSpec ignoringCase(String... fields) {
    return new TableSpec(name, template, idField, indexed, List.of(fields));
  }
}
