package dev.stagingpro.core.migrate.engine;

import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.MigrationPlan;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.RunJournal;
import dev.stagingpro.core.migrate.entity.Adapters;
import dev.stagingpro.core.migrate.entity.EntityAdapter;
import dev.stagingpro.core.migrate.entity.StoreSide;
import dev.stagingpro.core.migrate.entity.WriteOutcome;
import dev.stagingpro.core.report.RunReportBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sends a plan's writes to the destination, entity by entity in dependency order, in the chunks
 * each adapter takes; deletes (pruning) follow all creates and updates, in reverse dependency order. Before each chunk is sent, the journal gets what every record in it is
 * about to overwrite (flushed to disk), and after it the outcome, so a run killed at any point can
 * be restored, and the next apply (which plans against the destination again) finishes it
 * without duplicates. Counts and failures, with the store's message, go to the report.
 */
public final class MigrationApplier {
  private final StoreSide destination;
  private final Adapters adapters;
  private final Options options;
  private final RunJournal journal;
  private final RunReportBuilder report;
  private final ProgressListener listener;

  public MigrationApplier(StoreSide destination, Adapters adapters, Options options, RunJournal journal, RunReportBuilder report,
      ProgressListener listener) {
    this.destination = destination;
    this.adapters = adapters;
    this.options = options;
    this.journal = journal;
    this.report = report;
    this.listener = listener;
  }

  /** What one apply did: records written and records that failed. */
  public record Outcome(int written, int failed) {
    Outcome plus(Outcome other) {
      return new Outcome(written + other.written, failed + other.failed);
    }
  }

  private final Map<String, Map<String, Long>> written = new java.util.TreeMap<>();
  private int writtenCount;
  private int failedCount;

  /** Records written and failed so far (also after a run stopped half-way). */
  public synchronized Outcome totals() {
    return new Outcome(writtenCount, failedCount);
  }

  /** Records written so far, per entity and class (e.g. {@code products -> {create: 3}}). */
  public Map<String, Map<String, Long>> written() {
    Map<String, Map<String, Long>> copy = new java.util.TreeMap<>();
    written.forEach((entity, byClass) -> copy.put(entity, Map.copyOf(byClass)));
    return copy;
  }

  public Outcome apply(MigrationPlan plan, WorkSpool spool) {
    plan.counts().forEach((entity, byClass) -> byClass.forEach((cls, n) -> {
      if (!cls.writes() && n > 0) {
        report.count(entity.key(), cls, n);
      }
    }));
    Outcome total = new Outcome(0, 0);
    for (Entity entity : plan.order()) {
      total = total.plus(applyEntity(entity, spool, false));
    }
    // Deletes (pruning) come last and dependents first, so a product goes before the brand it named.
    List<Entity> dependentsFirst = new ArrayList<>(plan.order());
    Collections.reverse(dependentsFirst);
    for (Entity entity : dependentsFirst) {
      total = total.plus(applyEntity(entity, spool, true));
    }
    return total;
  }

  /** Sends the entity's creates and updates, or ({@code deletes}) its deletes. */
  private Outcome applyEntity(Entity entity, WorkSpool spool, boolean deletes) {
    EntityAdapter adapter = adapters.get(entity);
    int expected = spool.count(entity, deletes);
    List<PortableRecord> finishing = new ArrayList<>();
    Outcome outcome = new Outcome(0, 0);
    try (Stream<WorkItem> items = spool.read(entity).filter(i -> (i.change() == ChangeClass.DELETE) == deletes)) {
      List<WorkItem> chunk = new ArrayList<>();
      for (Iterator<WorkItem> it = items.iterator(); it.hasNext(); ) {
        chunk.add(it.next());
        if (chunk.size() >= adapter.writeChunk()) {
          outcome = outcome.plus(write(entity, adapter, chunk, finishing));
          listener.progress("apply " + entity.key(), outcome.written() + outcome.failed(), expected);
          chunk.clear();
        }
      }
      outcome = outcome.plus(write(entity, adapter, chunk, finishing));
    }
    if (!finishing.isEmpty()) {
      for (WriteOutcome done : guarded(finishing.stream().map(PortableRecord::key).toList(),
          () -> adapter.finish(destination, finishing, options))) {
        if (done.error().isPresent()) {
          journal.failed(entity, done.key(), ChangeClass.UPDATE, done.error().get());
          report.failure(entity.key(), done.key(), done.error().get());
          outcome = outcome.plus(new Outcome(0, 1));
          synchronized (this) {
            failedCount++;
          }
        }
      }
    }
    if (expected > 0) {
      listener.info((deletes ? "Pruned " : "Applied ") + entity.key() + ": " + outcome.written() + (deletes ? " deleted, " : " written, ")
          + outcome.failed() + " failed");
    }
    return outcome;
  }

  private Outcome write(Entity entity, EntityAdapter adapter, List<WorkItem> chunk, List<PortableRecord> finishing) {
    if (chunk.isEmpty()) {
      return new Outcome(0, 0);
    }
    for (WorkItem item : chunk) {
      journal.before(entity, item.key(), item.change(), item.destination().map(d -> d.record().fields()));
    }
    Outcome outcome = new Outcome(0, 0);
    for (ChangeClass change : List.of(ChangeClass.DELETE, ChangeClass.CREATE, ChangeClass.UPDATE)) {
      List<WorkItem> items = chunk.stream().filter(i -> i.change() == change).toList();
      if (items.isEmpty()) {
        continue;
      }
      List<String> keys = items.stream().map(WorkItem::key).toList();
      List<WriteOutcome> outcomes = guarded(keys, () -> switch (change) {
        case CREATE -> adapter.create(destination, items.stream().map(WorkItem::source).toList(), options);
        case UPDATE -> adapter.update(destination,
            items.stream().map(i -> new EntityAdapter.Update(i.source(), i.destination().orElseThrow())).toList(), options);
        default -> adapter.delete(destination, items.stream().map(i -> i.destination().orElseThrow()).toList());
      });
      Map<String, WorkItem> byKey = new java.util.HashMap<>();
      items.forEach(i -> byKey.put(i.key(), i));
      for (WriteOutcome result : outcomes) {
        outcome = outcome.plus(record(entity, change, result));
        WorkItem item = byKey.get(result.key());
        if (result.storeId().isPresent() && change != ChangeClass.DELETE && item != null && adapter.needsFinish(item.source())) {
          finishing.add(item.source());
        }
      }
    }
    return outcome;
  }

  private Outcome record(Entity entity, ChangeClass change, WriteOutcome result) {
    Outcome outcome = tally(entity, change, result);
    synchronized (this) {
      writtenCount += outcome.written();
      failedCount += outcome.failed();
    }
    return outcome;
  }

  private Outcome tally(Entity entity, ChangeClass change, WriteOutcome result) {
    if (result.storeId().isPresent()) {
      journal.done(entity, result.key(), change, result.storeId());
      report.count(entity.key(), change);
      written.computeIfAbsent(entity.key(), e -> new java.util.TreeMap<>()).merge(change.jsonName(), 1L, Long::sum);
    }
    if (result.error().isPresent()) {
      if (result.storeId().isEmpty()) {
        journal.failed(entity, result.key(), change, result.error().get());
      } else {
        // saved, but a part of it did not: retrying the record finishes it
        journal.failed(entity, result.key(), ChangeClass.UPDATE, result.error().get());
      }
      report.failure(entity.key(), result.key(), result.error().get());
      return new Outcome(result.storeId().isPresent() ? 1 : 0, 1);
    }
    return new Outcome(1, 0);
  }

  /** A call that fails as a whole (the store refused, the network gave up) fails each of its records. */
  public static List<WriteOutcome> guarded(List<String> keys, java.util.function.Supplier<List<WriteOutcome>> call) {
    if (keys.isEmpty()) {
      return List.of();
    }
    try {
      return call.get();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return keys.stream().map(k -> WriteOutcome.failed(k, message)).toList();
    }
  }

}
