package dev.stagingpro.sandbox.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The record changes one request made, in order. A request that fails is rolled back from the
 * before-images, so a half-applied write never stays behind; a request that succeeds hands its
 * changes to the journal as one unit.
 */
public final class ChangeLog {
  /** One row change; {@code after} is null for a delete, {@code before} null for an insert. */
  public record Change(Table table, long id, byte[] before, byte[] after) {}

  private final List<Change> pending = new ArrayList<>();

  void recorded(Table table, long id, byte[] before, byte[] after) {
    pending.add(new Change(table, id, before, after));
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  List<Change> drain() {
    List<Change> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  void rollback() {
    for (int i = pending.size() - 1; i >= 0; i--) {
      Change change = pending.get(i);
      change.table().restoreRow(change.id(), change.before());
    }
    pending.clear();
  }
}
