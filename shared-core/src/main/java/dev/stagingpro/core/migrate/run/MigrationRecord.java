package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.history.HistoryEntry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One applied migration as the destination store's ledger and history keep it (a store note every
 * API account can read): which migration, the checksum of its definition, from which commit, who
 * ran it from which CI run, when, the counts per entity and class, and how it ended.
 *
 * @param result {@code success}, {@code partial} (some records failed) or {@code failure}
 * @param counts records written per entity and class, e.g. {@code products -> {create: 3}}
 */
public record MigrationRecord(
    String kind,
    String migrationId,
    String environment,
    String from,
    String definition,
    Optional<String> commit,
    Optional<String> ciActor,
    Optional<String> ciRunUrl,
    String runId,
    Instant at,
    String result,
    Map<String, Map<String, Long>> counts,
    int failed) {
  public static final String SUCCESS = "success";
  public static final String PARTIAL = "partial";
  public static final String FAILURE = "failure";

  public MigrationRecord {
    kind = HistoryEntry.MIGRATION;
    counts = counts == null ? Map.of() : Map.copyOf(counts);
  }

  /** Whether this run wrote the definition to the store (fully or in part). */
  public boolean applied() {
    return SUCCESS.equals(result) || PARTIAL.equals(result);
  }

  /** e.g. "migration catalogue-to-staging from production, commit 1a2b3c4: products 3 create, 2 update". */
  public String summary() {
    StringBuilder text = new StringBuilder("migration ").append(migrationId).append(" from ").append(from);
    commit.ifPresent(c -> text.append(", commit ").append(c, 0, Math.min(7, c.length())));
    StringBuilder written = new StringBuilder();
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entity -> {
      String classes = String.join(", ", entity.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getValue() + " " + e.getKey()).toList());
      written.append(written.isEmpty() ? "" : "; ").append(entity.getKey()).append(' ').append(classes);
    });
    text.append(": ").append(written.isEmpty() ? "nothing written" : written);
    if (failed > 0) {
      text.append(", ").append(failed).append(" failed");
    }
    return text.toString();
  }

  public HistoryEntry toEntry() {
    return HistoryEntry.of(HistoryEntry.MIGRATION, at, environment, result, summary(), Optional.of(runId), ciActor, this);
  }
}
