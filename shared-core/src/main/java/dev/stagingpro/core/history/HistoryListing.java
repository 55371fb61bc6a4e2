package dev.stagingpro.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An environment's history as {@code stagingpro history} shows it: the entries of every source
 * (deployments, migrations), newest first, numbered from 1. {@code stagingpro rollback --to N}
 * reads the same numbers.
 */
public record HistoryListing(String environment, List<HistoryEntry> entries) {
  public HistoryListing {
    entries = List.copyOf(entries);
  }

  public static HistoryListing of(StoreNotes notes, String environment, List<HistorySource> sources) {
    List<HistoryEntry> all = new ArrayList<>();
    sources.forEach(source -> all.addAll(source.entries(notes, environment)));
    all.sort(Comparator.comparing(HistoryEntry::at).reversed());
    List<HistoryEntry> numbered = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      numbered.add(all.get(i).numbered(i + 1));
    }
    return new HistoryListing(environment, numbered);
  }

  /** Entry number {@code n} (1 = newest). */
  public Optional<HistoryEntry> entry(int n) {
    return n >= 1 && n <= entries.size() ? Optional.of(entries.get(n - 1)) : Optional.empty();
  }
}
