package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.history.HistoryEntry;
import dev.stagingpro.core.history.HistoryLog;
import dev.stagingpro.core.history.HistorySource;
import dev.stagingpro.core.history.StoreNotes;
import java.util.List;
import java.util.Optional;

/**
 * The migrations applied to a store, one store note per apply run (oldest roll off beyond
 * {@value #KEEP}): the ledger that says whether a migration's definition changed since it was
 * applied, and the migration half of {@code stagingpro history}.
 */
public final class MigrationLedger {
  public static final int KEEP = 200;

  /** Lists the migrations applied to an environment for {@code stagingpro history}. */
  public static final HistorySource SOURCE = (notes, environment) ->
      new MigrationLedger(notes).of(environment).stream().map(MigrationRecord::toEntry).toList();

  private final HistoryLog<MigrationRecord> log;

  public MigrationLedger(StoreNotes notes) {
    this.log = new HistoryLog<>(notes, HistoryEntry.MIGRATION, MigrationRecord.class, KEEP);
  }

  public void record(MigrationRecord record) {
    log.append(record.at(), record.runId(), record);
  }

  /** The environment's migration runs, oldest first. */
  public List<MigrationRecord> of(String environment) {
    return log.list().stream().filter(r -> environment.equals(r.environment())).toList();
  }

  /** The latest run that wrote this migration to the store. */
  public Optional<MigrationRecord> lastApplied(String environment, String migrationId) {
    List<MigrationRecord> all = of(environment);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).migrationId().equals(migrationId) && all.get(i).applied()) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses a migration whose definition changed since it was applied, unless re-applying was
   * asked for: the message says what was applied when, and how to go on.
   */
  public void requireUnchanged(String environment, String migrationId, String definition, boolean reapply) {
    Optional<MigrationRecord> last = lastApplied(environment, migrationId);
    if (last.isPresent() && !last.get().definition().equals(definition) && !reapply) {
      MigrationRecord applied = last.get();
      throw StagingProException.badInput("Migration '" + migrationId + "' was applied to '" + environment + "' on " + applied.at()
          + applied.commit().map(c -> " from commit " + c.substring(0, Math.min(7, c.length()))).orElse("")
          + " (run " + applied.runId() + ") with a different definition; its definition in stagingpro.yml changed since."
          + " Review the plan ('stagingpro plan --migration " + migrationId + "') and apply it again with --reapply");
    }
  }
}
