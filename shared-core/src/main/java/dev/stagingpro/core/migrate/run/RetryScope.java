package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.RunJournal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The records a run could not write, per migration and entity: what {@code apply --retry RUN_ID} writes again. */
final class RetryScope {
  private RetryScope() {}

  /** Migration id → entity → keys whose last journal line is a failure. */
  static Map<String, Map<Entity, Set<String>>> failed(RunFolder run) {
    Map<String, Map<Entity, Set<String>>> failed = new LinkedHashMap<>();
    for (RunFolder.MigrationEntry migration : run.meta().migrations()) {
      Map<String, RunJournal.Line> last = new HashMap<>();
      for (RunJournal.Line line : run.journal(migration)) {
        if (line.step() != RunJournal.Step.BEFORE) {
          last.put(line.entity().key() + "\u0000" + line.key(), line);
        }
      }
      Map<Entity, Set<String>> keys = new EnumMap<>(Entity.class);
      last.values().stream().filter(line -> line.step() == RunJournal.Step.FAILED)
          .forEach(line -> keys.computeIfAbsent(line.entity(), e -> new TreeSet<>()).add(line.key()));
      if (!keys.isEmpty()) {
        failed.merge(migration.id(), keys, (a, b) -> {
          b.forEach((entity, k) -> a.computeIfAbsent(entity, e -> new TreeSet<>()).addAll(k));
          return a;
        });
      }
    }
    return failed;
  }
}
