package dev.stagingpro.core.migrate;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of one migration: the entities in the order they will be applied (with what pulled
 * each dependency in), counts per entity and class, and every record that is not unchanged.
 * Unchanged records are only counted, so a plan over a large store stays small in memory.
 */
public final class MigrationPlan {
  private final String migrationId;
  private final String from;
  private final String to;
  private final Mode mode;
  private final EntityDependencies.Resolved entities;
  private final Map<Entity, Map<ChangeClass, Integer>> counts = new EnumMap<>(Entity.class);
  private final List<PlannedChange> changes = new ArrayList<>();
  private String definition;

  public MigrationPlan(String migrationId, String from, String to, Mode mode, EntityDependencies.Resolved entities) {
    this.migrationId = migrationId;
    this.from = from;
    this.to = to;
    this.mode = mode;
    this.entities = entities;
    entities.order().forEach(entity -> counts.put(entity, new EnumMap<>(ChangeClass.class)));
  }

  public synchronized void add(PlannedChange change) {
    counts.computeIfAbsent(change.entity(), e -> new EnumMap<>(ChangeClass.class)).merge(change.changeClass(), 1, Integer::sum);
    if (change.changeClass() != ChangeClass.UNCHANGED) {
      changes.add(change);
    }
  }

  /** Adds a count without a record, for unchanged records read back from a saved plan. */
  synchronized void addCount(Entity entity, ChangeClass changeClass, int count) {
    counts.computeIfAbsent(entity, e -> new EnumMap<>(ChangeClass.class)).merge(changeClass, count, Integer::sum);
  }

  /**
   * Turns a listed change into another class (a reference it needs turned out unresolvable once
   * the referenced entity was planned); counts follow. Unknown keys are ignored.
   */
  public synchronized void reclassify(Entity entity, String key, ChangeClass newClass, String reason) {
    for (int i = 0; i < changes.size(); i++) {
      PlannedChange change = changes.get(i);
      if (change.entity() == entity && change.key().equals(key)) {
        Map<ChangeClass, Integer> byClass = counts.get(entity);
        byClass.merge(change.changeClass(), -1, Integer::sum);
        byClass.merge(newClass, 1, Integer::sum);
        changes.set(i, change.reclassified(newClass, reason));
        return;
      }
    }
  }

  /** Lists changes in apply order (dependencies first), records of one entity in the order planned. */
  public synchronized void orderByEntity() {
    List<Entity> order = entities.order();
    changes.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.entity())));
  }

  /** Checksum of the migration's definition in the manifest (see {@code MigrationDefinitions}). */
  public synchronized java.util.Optional<String> definition() {
    return java.util.Optional.ofNullable(definition);
  }

  public synchronized void definition(String checksum) {
    this.definition = checksum;
  }

  public String migrationId() {
    return migrationId;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public Mode mode() {
    return mode;
  }

  public List<Entity> order() {
    return entities.order();
  }

  public Map<Entity, Set<Entity>> pulledInBy() {
    return entities.pulledInBy();
  }

  public synchronized Map<Entity, Map<ChangeClass, Integer>> counts() {
    Map<Entity, Map<ChangeClass, Integer>> copy = new EnumMap<>(Entity.class);
    counts.forEach((entity, byClass) -> copy.put(entity, Map.copyOf(byClass)));
    return copy;
  }

  public synchronized int count(ChangeClass changeClass) {
    return counts.values().stream().mapToInt(byClass -> byClass.getOrDefault(changeClass, 0)).sum();
  }

  public synchronized List<PlannedChange> changes() {
    return List.copyOf(changes);
  }

  /** Records apply would write (create, update, delete). */
  public synchronized int writes() {
    return (int) changes.stream().filter(c -> c.changeClass().writes()).count();
  }
}
