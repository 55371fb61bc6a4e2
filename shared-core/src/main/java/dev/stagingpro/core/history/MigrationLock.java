package dev.stagingpro.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.json.JsonMappers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One migration per destination at a time, across every API account. Metafield uniqueness
 * includes the account, so a failed create is not exclusive between, say, Jenkins and the Action.
 * Instead each run creates its own lock note (key {@value #KEY_PREFIX}RUN_ID), then reads every
 * account's lock notes: the oldest unexpired one wins (ties by run id), and the others withdraw
 * theirs and back off with a message naming the holder.
 */
public final class MigrationLock {
  public static final String KEY_PREFIX = "migration-lock.";
  public static final Duration DEFAULT_TTL = Duration.ofHours(2);

  private static final ObjectMapper JSON = JsonMappers.standard();

  private final StoreNotes notes;
  private final Clock clock;
  private final String environment;

  public MigrationLock(StoreNotes notes, Clock clock, String environment) {
    this.notes = notes;
    this.clock = clock;
    this.environment = environment;
  }

  /** Who holds a lock, from when, until when. */
  public record Holder(String owner, String runId, Optional<String> runUrl, Instant acquiredAt, Instant expiresAt) {
    boolean expired(Instant now) {
      return !now.isBefore(expiresAt);
    }

    public String describe() {
      return owner + " (run " + runId + runUrl.map(url -> ", " + url).orElse("") + ") since " + acquiredAt + ", until " + expiresAt;
    }
  }

  /** A held lock; closing releases it. */
  public final class Held implements AutoCloseable {
    private final StoreNotes.Note note;

    private Held(StoreNotes.Note note) {
      this.note = note;
    }

    @Override
    public void close() {
      notes.delete(note);
    }
  }

  /** Takes the lock for this run, or fails naming the current holder. */
  public Held acquire(String owner, String runId, Optional<String> runUrl, Duration ttl) {
    Instant now = clock.instant();
    StoreNotes.Note note = notes.create(KEY_PREFIX + runId, write(new Holder(owner, runId, runUrl, now, now.plus(ttl))));
    Optional<Holder> winner = liveHolders().stream().findFirst();
    if (winner.isPresent() && !winner.get().runId().equals(runId)) {
      notes.delete(note);
      throw StagingProException.failed("'" + environment + "' is locked by another migration: " + winner.get().describe()
          + ". Wait for it to finish, or if it is stale: stagingpro unlock --env " + environment);
    }
    return new Held(note);
  }

  /** Removes every lock note on the destination, stale or not (for {@code stagingpro unlock}); returns whose they were. */
  public List<Holder> unlock() {
    List<StoreNotes.Note> all = notes.list(KEY_PREFIX);
    all.forEach(notes::delete);
    return all.stream().map(MigrationLock::read).flatMap(Optional::stream).toList();
  }

  /**
   * Removes one run's lock note, whoever holds it; for a run of this workspace that was killed and
   * is being resumed by the next apply.
   */
  public void release(String runId) {
    notes.list(KEY_PREFIX + runId).stream().filter(note -> note.key().equals(KEY_PREFIX + runId)).forEach(notes::delete);
  }

  /** The unexpired holders, the winner first. */
  public List<Holder> liveHolders() {
    Instant now = clock.instant();
    return notes.list(KEY_PREFIX).stream().map(MigrationLock::read).flatMap(Optional::stream)
        .filter(holder -> !holder.expired(now))
        .sorted(Comparator.comparing(Holder::acquiredAt).thenComparing(Holder::runId))
        .toList();
  }

  private static String write(Holder holder) {
    try {
      return JSON.writeValueAsString(holder);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A note that is not a lock (damaged or foreign) is ignored rather than blocking every run. */
  private static Optional<Holder> read(StoreNotes.Note note) {
    try {
      return Optional.of(JSON.readValue(note.value(), Holder.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
