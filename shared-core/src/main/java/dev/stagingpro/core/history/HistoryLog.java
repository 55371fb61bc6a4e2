package dev.stagingpro.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.json.JsonMappers;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An append-only log of records of one type (deployments, applied migrations) kept as store
 * notes, one note per entry. One note per entry means no read-modify-write: two runners (even with
 * different API accounts) can append at once without losing each other's entries, and no entry
 * ever nears the 65,535-character value limit. The oldest entries roll off beyond {@code keep}.
 */
public final class HistoryLog<T> {
  private static final ObjectMapper JSON = JsonMappers.standard();

  private final StoreNotes notes;
  private final String prefix;
  private final Class<T> type;
  private final int keep;

  public HistoryLog(StoreNotes notes, String kind, Class<T> type, int keep) {
    this.notes = notes;
    this.prefix = "history." + kind + ".";
    this.type = type;
    this.keep = keep;
  }

  /** Appends an entry (key sorts by time) and rolls off the oldest beyond {@code keep}. */
  public void append(Instant at, String runId, T entry) {
    String value = write(entry);
    if (value.length() > StoreNotes.MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException("history entry of " + value.length() + " characters exceeds the store's limit");
    }
    notes.create(prefix + String.format("%015d", at.toEpochMilli()) + "." + runId, value);
    List<StoreNotes.Note> all = sorted();
    all.subList(0, Math.max(0, all.size() - keep)).forEach(notes::delete);
  }

  /** Every entry, oldest first; entries that cannot be read are skipped. */
  public List<T> list() {
    return sorted().stream().map(this::read).flatMap(Optional::stream).toList();
  }

  private List<StoreNotes.Note> sorted() {
    return notes.list(prefix).stream().sorted(Comparator.comparing(StoreNotes.Note::key)).toList();
  }

  private String write(T entry) {
    try {
      return JSON.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<T> read(StoreNotes.Note note) {
    try {
      return Optional.of(JSON.readValue(note.value(), type));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
