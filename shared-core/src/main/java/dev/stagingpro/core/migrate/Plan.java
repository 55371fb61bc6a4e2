package dev.stagingpro.core.migrate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A whole plan: one {@link MigrationPlan} per migration, in the order they apply. */
public record Plan(Instant createdAt, Optional<String> commit, List<MigrationPlan> migrations) {
  public Plan {
    migrations = List.copyOf(migrations);
  }

  public int writes() {
    return migrations.stream().mapToInt(MigrationPlan::writes).sum();
  }

  public int count(ChangeClass changeClass) {
    return migrations.stream().mapToInt(m -> m.count(changeClass)).sum();
  }
}
