package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.CustomerAnonymiser;
import dev.stagingpro.core.migrate.EntityDependencies;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.PlannedChange;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.RecordClassifier;
import dev.stagingpro.core.migrate.RecordSelector;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.EntityAdapter;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.migrate.entity.StoredRecord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Plans one migration: every record in scope is read from the source (streaming), looked up on
 * the destination by natural key, and classified. Entities are planned dependents first (products
 * before brands), so a pulled-in entity brings only the records the selected ones reference; a
 * reference to a record that is not on the destination waits until its entity is planned (see
 * {@link ReferenceTracker}). The writes go to a {@link WorkSink} for apply; the plan keeps only
 * counts and the records that are not unchanged.
 */
public final class MigrationPlanner {
  /** Records looked up on the destination together. */
  private static final int CHUNK = 100;
  private static final Set<ChangeClass> KEEPS_REFERENCES = EnumSet.of(ChangeClass.CREATE, ChangeClass.UPDATE,
      ChangeClass.UNCHANGED, ChangeClass.CONFLICT);

  private final MigrationSpec spec;
  private final String from;
  private final RecordSource source;
  private final StoreSide destination;
  private final Adapters adapters;
  private final boolean anonymise;
  private final Optional<Map<Entity, Set<String>>> only;
  private final ProgressListener listener;

  /**
   * @param anonymise whether customers are anonymised on the way (the option is on and the
   *     destination is not protected)
   * @param only when present, only these records are planned (destination keys; a retry)
   */
  public MigrationPlanner(MigrationSpec spec, String from, RecordSource source, StoreSide destination, Adapters adapters,
      boolean anonymise, Optional<Map<Entity, Set<String>>> only, ProgressListener listener) {
    this.spec = spec;
    this.from = from;
    this.source = source;
    this.destination = destination;
    this.adapters = adapters;
    this.anonymise = anonymise;
    this.only = only;
    this.listener = listener;
  }

  public MigrationPlan plan(WorkSink sink) {
    EntityDependencies.Resolved resolved = EntityDependencies.resolve(spec.entities());
    for (Entity entity : resolved.order()) {
      if (adapters.find(entity).isEmpty()) {
        throw StagingProException.badInput("migration '" + spec.id() + "': " + entity.key()
            + (resolved.wasPulledIn(entity) ? " (pulled in by " + resolved.pulledInBy().get(entity).stream().map(Entity::key).sorted().toList() + ")" : "")
            + " cannot be migrated by this version; entities it can migrate: " + adapters.supported());
      }
    }
    MigrationPlan plan = new MigrationPlan(spec.id(), from, spec.to(), spec.mode(), resolved);
    ReferenceTracker tracker = new ReferenceTracker(plan, sink);
    List<Entity> dependentsFirst = new ArrayList<>(resolved.order());
    java.util.Collections.reverse(dependentsFirst);
    for (Entity entity : dependentsFirst) {
      new EntityPlanning(entity, resolved, plan, tracker, sink).run();
      tracker.entityDone(entity);
    }
    plan.orderByEntity();
    return plan;
  }

  /** Planning of one entity's records. */
  private final class EntityPlanning {
    private final Entity entity;
    private final EntityDependencies.Resolved resolved;
    private final MigrationPlan plan;
    private final ReferenceTracker tracker;
    private final WorkSink sink;
    private final EntityAdapter adapter;
    private final RecordClassifier classifier;
    private final Set<String> seen = new HashSet<>();
    private long planned;

    EntityPlanning(Entity entity, EntityDependencies.Resolved resolved, MigrationPlan plan, ReferenceTracker tracker, WorkSink sink) {
      this.entity = entity;
      this.resolved = resolved;
      this.plan = plan;
      this.tracker = tracker;
      this.sink = sink;
      this.adapter = adapters.get(entity);
      this.classifier = new RecordClassifier(spec.mode(), adapter.rules(spec.options()));
    }

    void run() {
      Set<String> sourceKeys = new HashSet<>();
      boolean prunes = prunes();
      try (Stream<PortableRecord> read = source.records(entity)) {
        // pruning needs every key the source has, in or out of the selection (a record moved out of scope is no reason to delete it)
        Stream<PortableRecord> records = prunes ? read.peek(r -> sourceKeys.add(destinationKey(r))) : read;
        Stream<PortableRecord> inScope = adapter.small() ? smallScope(records) : records.filter(selection());
        if (anonymise && entity == Entity.CUSTOMERS) {
          inScope = inScope.map(CustomerAnonymiser::anonymise);
        }
        if (only.isPresent()) {
          Set<String> keys = only.get().getOrDefault(entity, Set.of());
          inScope = inScope.filter(r -> keys.contains(r.key()));
        }
        List<PortableRecord> chunk = new ArrayList<>(CHUNK);
        for (Iterator<PortableRecord> it = inScope.iterator(); it.hasNext(); ) {
          chunk.add(it.next());
          if (chunk.size() == CHUNK) {
            classify(chunk);
            chunk.clear();
          }
        }
        classify(chunk);
      }
      if (prunes) {
        planDeletes(sourceKeys);
      }
    }

    /** Only entities the migration names (not ones pulled in as dependencies), and only when asked for. */
    private boolean prunes() {
      return spec.options().prune() && spec.mode() == MigrationSpec.Mode.SELECTIVE && spec.entities().contains(entity);
    }

    /** The key a source record has on the destination (customers may arrive anonymised). */
    private String destinationKey(PortableRecord record) {
      return anonymise && entity == Entity.CUSTOMERS ? CustomerAnonymiser.anonymise(record).key() : record.key();
    }

    /**
     * Destination records in the selection that the source does not have are deleted, except
     * those marked no-sync on the destination and those a record that comes along still names.
     * The keys come from the store's cheap listing; only the candidates are read in full (the
     * selection, no-sync and the journal's before-state need every field).
     */
    private void planDeletes(Set<String> sourceKeys) {
      Predicate<String> retried = only.<Predicate<String>>map(o -> o.getOrDefault(entity, Set.of())::contains).orElse(k -> true);
      List<String> candidates;
      try (Stream<StoredRecord> stored = adapter.stored(destination)) {
        // reverse key order puts a category path ("Shop All/Kitchen") before its parent's ("Shop All")
        candidates = stored.map(StoredRecord::key)
            .filter(k -> !sourceKeys.contains(k) && retried.test(k) && !tracker.isWanted(entity, k))
            .sorted(java.util.Comparator.reverseOrder()).toList();
      }
      RecordSelector selector = new RecordSelector(spec.select().getOrDefault(entity, MigrationSpec.Selection.ALL));
      for (int from = 0; from < candidates.size(); from += CHUNK) {
        List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
        Map<String, StoredRecord> found = adapter.find(destination, chunk);
        chunk.stream().map(found::get)
            .filter(s -> s != null && selector.matches(s.record()) && !RecordClassifier.isNoSync(s.record().fields()))
            .forEach(s -> {
              plan.add(classifier.prune(s.record()));
              sink.add(entity, new WorkItem(ChangeClass.DELETE, s.record(), Optional.of(s)));
            });
      }
    }

    /** The selection before prerequisites: the manifest's {@code select}, or what dependents named. */
    private Predicate<PortableRecord> selection() {
      if (only.isPresent()) {
        return r -> true;
      }
      RecordSelector selector = spec.select().containsKey(entity) ? new RecordSelector(spec.select().get(entity)) : null;
      Predicate<PortableRecord> selected = selector == null ? r -> true : selector::matches;
      if (spec.entities().contains(entity)) {
        return selected;
      }
      return selected.and(r -> tracker.isWanted(entity, r.key()));
    }

    /** Small entities are read whole, so selected records bring their prerequisites (a category's parents). */
    private Stream<PortableRecord> smallScope(Stream<PortableRecord> records) {
      List<PortableRecord> all = records.toList();
      Set<String> keys = new LinkedHashSet<>();
      Predicate<PortableRecord> selection = selection();
      all.stream().filter(selection).forEach(r -> keys.addAll(only.isPresent() ? List.of(r.key()) : adapter.withPrerequisites(r.key())));
      return all.stream().filter(r -> keys.contains(r.key()));
    }

    private void classify(List<PortableRecord> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      Map<String, StoredRecord> found = adapter.find(destination, chunk.stream().map(PortableRecord::key).distinct().toList());
      for (PortableRecord record : chunk) {
        classify(record, Optional.ofNullable(found.get(record.key())));
      }
      planned += chunk.size();
      listener.progress("plan " + spec.id() + ": " + entity.key(), planned, -1);
    }

    private void classify(PortableRecord record, Optional<StoredRecord> existing) {
      List<String> problems = new ArrayList<>(adapter.problems(record));
      if (!seen.add(record.key())) {
        problems.add("the source has more than one record with this key");
      }
      if (existing.isEmpty()) {
        problems.addAll(adapter.missingForCreate(record));
      }
      Map<Entity, Set<String>> references = adapter.references(record);
      List<Runnable> waits = new ArrayList<>();
      references.forEach((target, keys) -> {
        EntityAdapter targetAdapter = adapters.find(target).orElse(null);
        for (String key : keys) {
          if (targetAdapter != null && targetAdapter.exists(destination, key)) {
            continue;
          }
          if (resolved.order().contains(target) && targetAdapter != null) {
            waits.add(() -> tracker.awaits(entity, record.key(), target, key));
          } else {
            problems.add(ReferenceTracker.describe(target, key) + " is not on the destination"
                + (targetAdapter == null ? "" : " and " + target.key() + " are not part of this migration"));
          }
        }
      });
      PlannedChange change = classifier.classify(record, existing.map(StoredRecord::record), problems);
      if (change.changeClass() == ChangeClass.CREATE) {
        Optional<String> note = adapter.createNote(record, destination);
        if (note.isPresent()) {
          change = change.withReason(note.get());
        }
      }
      plan.add(change);
      tracker.planned(change);
      if (change.changeClass().writes()) {
        waits.forEach(Runnable::run);
        sink.add(entity, new WorkItem(change.changeClass(), record, existing));
      }
      if (KEEPS_REFERENCES.contains(change.changeClass())) {
        tracker.wants(entity, record.key(), references, change.changeClass().writes() && !waits.isEmpty());
      }
    }
  }
}
