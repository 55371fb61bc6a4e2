package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.PlannedChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code apply --plan FILE} applies exactly the saved plan: the migration's definition, and every
 * record the plan would write — same class, destination and source as fingerprinted — must be as
 * they were, and nothing else may need writing. Otherwise nothing is written, and the message says
 * what changed.
 */
final class SavedPlanCheck {
  private static final int SHOWN = 10;

  private SavedPlanCheck() {}

  static void verify(MigrationPlan saved, MigrationPlan fresh) {
    List<String> differences = new ArrayList<>();
    if (saved.definition().isPresent() && !saved.definition().equals(fresh.definition())) {
      differences.add("the migration's definition in stagingpro.yml changed");
    }
    Map<String, PlannedChange> now = new LinkedHashMap<>();
    fresh.changes().forEach(c -> now.put(id(c.entity(), c.key()), c));
    Map<String, PlannedChange> planned = new LinkedHashMap<>();
    saved.changes().stream().filter(c -> c.changeClass().writes()).forEach(c -> planned.put(id(c.entity(), c.key()), c));
    planned.forEach((id, was) -> {
      PlannedChange is = now.get(id);
      if (is == null) {
        differences.add(id + ": planned to " + was.changeClass().jsonName() + ", now nothing to do");
      } else if (is.changeClass() != was.changeClass()) {
        differences.add(id + ": planned to " + was.changeClass().jsonName() + ", now " + is.changeClass().jsonName());
      } else if (!Objects.equals(is.destinationFingerprint(), was.destinationFingerprint())) {
        differences.add(id + ": changed on the destination");
      } else if (was.sourceFingerprint().isPresent() && !Objects.equals(is.sourceFingerprint(), was.sourceFingerprint())) {
        differences.add(id + ": changed on the source");
      }
    });
    now.forEach((id, is) -> {
      if (is.changeClass().writes() && !planned.containsKey(id)) {
        differences.add(id + ": not in the plan, now to " + is.changeClass().jsonName());
      }
    });
    if (!differences.isEmpty()) {
      List<String> shown = differences.subList(0, Math.min(SHOWN, differences.size()));
      throw StagingProException.failed("The saved plan for migration '" + saved.migrationId() + "' no longer matches '" + fresh.to()
          + "', so nothing was applied: " + String.join("; ", shown)
          + (differences.size() > SHOWN ? "; and " + (differences.size() - SHOWN) + " more" : "")
          + ". Make a new plan ('stagingpro plan --out FILE') and review it.");
    }
  }

  private static String id(Entity entity, String key) {
    return entity.key() + " '" + key + "'";
  }
}
