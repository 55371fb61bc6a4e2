package dev.stagingpro.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The entries of every source for one environment, newest first, numbered from 1. */
public final class HistoryListing {
  private HistoryListing() {}

  public static List<HistoryEntry> of(StoreNotes notes, String environment, List<HistorySource> sources) {
    List<HistoryEntry> all = new ArrayList<>();
    sources.forEach(source -> all.addAll(source.entries(notes, environment)));
    all.sort(Comparator.comparing(HistoryEntry::at).reversed());
    List<HistoryEntry> numbered = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      numbered.add(all.get(i).numbered(i + 1));
    }
    return List.copyOf(numbered);
  }
}
