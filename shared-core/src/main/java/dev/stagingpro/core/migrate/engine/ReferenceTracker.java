package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.PlannedChange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References a record makes to records that are not on the destination yet (a product's new
 * brand, a category's new parent, a related product). Planning goes from dependents to
 * dependencies, so whether such a reference will resolve is only known once the referenced entity
 * is planned: a referenced record that turns out skipped, not migratable or absent makes the
 * records that need it not migratable too (and the records that need those, and so on).
 */
final class ReferenceTracker {
  private static final Set<ChangeClass> RESOLVES = EnumSet.of(ChangeClass.CREATE, ChangeClass.UPDATE, ChangeClass.UNCHANGED,
      ChangeClass.CONFLICT);

  private record Ref(Entity entity, String key) {}

  private final MigrationPlan plan;
  private final WorkSink sink;
  private final Map<Entity, Map<String, ChangeClass>> status = new EnumMap<>(Entity.class);
  private final Map<Entity, Map<String, String>> reasons = new EnumMap<>(Entity.class);
  private final Map<Entity, Map<String, List<Ref>>> waiting = new EnumMap<>(Entity.class);
  private final Set<Entity> done = EnumSet.noneOf(Entity.class);
  private final Map<Entity, Map<String, Integer>> wanted = new EnumMap<>(Entity.class);
  private final Map<Ref, Map<Entity, Set<String>>> heldReferences = new HashMap<>();

  ReferenceTracker(MigrationPlan plan, WorkSink sink) {
    this.plan = plan;
    this.sink = sink;
  }

  /**
   * A record that comes along names these records of other entities, so they come along too
   * (for pulled-in entities). If the record may still turn out not migratable ({@code mayFail}),
   * its references are withdrawn when it does.
   */
  void wants(Entity entity, String key, Map<Entity, Set<String>> references, boolean mayFail) {
    references.forEach((target, keys) -> {
      if (target != entity) {
        keys.forEach(k -> wanted.computeIfAbsent(target, t -> new HashMap<>()).merge(k, 1, Integer::sum));
      }
    });
    if (mayFail) {
      heldReferences.put(new Ref(entity, key), references);
    }
  }

  /** Whether a record of a pulled-in entity is named by a record that comes along. */
  boolean isWanted(Entity entity, String key) {
    return wanted.getOrDefault(entity, Map.of()).getOrDefault(key, 0) > 0;
  }

  void planned(PlannedChange change) {
    status.computeIfAbsent(change.entity(), e -> new HashMap<>()).put(change.key(), change.changeClass());
    if (!RESOLVES.contains(change.changeClass())) {
      reasons.computeIfAbsent(change.entity(), e -> new HashMap<>()).put(change.key(), change.reason().orElse(""));
    }
  }

  /** {@code dependent} needs {@code target}, which the destination does not have yet. */
  void awaits(Entity dependentEntity, String dependentKey, Entity target, String targetKey) {
    waiting.computeIfAbsent(target, e -> new HashMap<>()).computeIfAbsent(targetKey, k -> new ArrayList<>())
        .add(new Ref(dependentEntity, dependentKey));
  }

  /** Every record of {@code entity} is planned: settle the references that wait for it. */
  void entityDone(Entity entity) {
    done.add(entity);
    for (Map.Entry<String, List<Ref>> entry : waiting.getOrDefault(entity, Map.of()).entrySet()) {
      String why = whyUnusable(entity, entry.getKey());
      if (why != null) {
        for (Ref dependent : List.copyOf(entry.getValue())) {
          invalidate(dependent, why);
        }
      }
    }
  }

  /** Null when the referenced record will be on the destination after apply. */
  private String whyUnusable(Entity entity, String key) {
    ChangeClass planned = status.getOrDefault(entity, Map.of()).get(key);
    if (planned == null) {
      return describe(entity, key) + ", which is neither on the destination nor among the records this migration moves";
    }
    if (RESOLVES.contains(planned)) {
      return null;
    }
    String reason = reasons.getOrDefault(entity, Map.of()).getOrDefault(key, "");
    return describe(entity, key) + ", which is " + planned.jsonName().replace('_', ' ') + (reason.isEmpty() ? "" : " (" + reason + ")");
  }

  private void invalidate(Ref record, String why) {
    ChangeClass current = status.getOrDefault(record.entity(), Map.of()).get(record.key());
    if (current == null || !RESOLVES.contains(current)) {
      return;
    }
    String reason = "needs " + why;
    plan.reclassify(record.entity(), record.key(), ChangeClass.NOT_MIGRATABLE, reason);
    sink.withdraw(record.entity(), record.key());
    status.get(record.entity()).put(record.key(), ChangeClass.NOT_MIGRATABLE);
    // What it named need not come along for it (entities not planned yet will leave them out).
    Map<Entity, Set<String>> named = heldReferences.remove(record);
    if (named != null) {
      named.forEach((target, keys) -> keys.forEach(k -> wanted.getOrDefault(target, new HashMap<>()).merge(k, -1, Integer::sum)));
    }
    reasons.computeIfAbsent(record.entity(), e -> new HashMap<>()).put(record.key(), reason);
    // Records already settled against this one must follow it; later entities will see its status.
    if (done.contains(record.entity())) {
      for (Ref dependent : List.copyOf(waiting.getOrDefault(record.entity(), Map.of()).getOrDefault(record.key(), List.of()))) {
        invalidate(dependent, describe(record.entity(), record.key()) + ", which is not migratable");
      }
    }
  }

  /** e.g. {@code brand 'Acme'}. */
  static String describe(Entity entity, String key) {
    String name = entity.key().replace('_', ' ');
    name = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y" : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    return name + " '" + key + "'";
  }
}
