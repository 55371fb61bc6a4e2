package dev.stagingpro.core.history;

import java.util.List;

/**
 * Something that records history in a store's notes (deployments, migrations) and can list its
 * entries for one environment, so {@code stagingpro history} shows them all in one list.
 */
@FunctionalInterface
public interface HistorySource {
  /** The entries of {@code environment}, in any order. */
  List<HistoryEntry> entries(StoreNotes notes, String environment);
}
