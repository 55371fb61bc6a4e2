package dev.stagingpro.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an environment's history as {@code stagingpro history} lists it, whatever wrote it:
 * {@code kind} is {@value #DEPLOYMENT} or {@value #MIGRATION} (each {@link HistorySource} adds its
 * own kind), {@code details} the source's full record for {@code --json}. {@code number} counts
 * from 1 for the newest entry; {@code stagingpro rollback --to N} takes the same numbers.
 */
public record HistoryEntry(
    int number,
    String kind,
    Instant at,
    String environment,
    String result,
    String summary,
    Optional<String> runId,
    Optional<String> ciActor,
    Object details) {
  public static final String DEPLOYMENT = "deployment";
  public static final String MIGRATION = "migration";

  /** An entry not yet numbered (sources create these; {@link HistoryListing} numbers them). */
  public static HistoryEntry of(String kind, Instant at, String environment, String result, String summary,
      Optional<String> runId, Optional<String> ciActor, Object details) {
    return new HistoryEntry(0, kind, at, environment, result, summary, runId, ciActor, details);
  }

  HistoryEntry numbered(int n) {
    return new HistoryEntry(n, kind, at, environment, result, summary, runId, ciActor, details);
  }
}
