package dev.stagingpro.core.migrate.entity;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RecordFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ties a batched write's result back to the records it was given. */
final class Batches {
  private Batches() {}

  /**
   * One outcome per key, in order. The connector returns the saved records in input order,
   * leaving out those it rejected, so the n-th saved record belongs to the n-th key not rejected.
   *
   * @param saved what to do with a saved record (index it in the store side); returns its id
   */
  static <T> List<WriteOutcome> outcomes(List<String> keys, BatchResult<T> result, Function<T, Integer> saved) {
    Map<Integer, RecordFailure> failures = new HashMap<>();
    result.failed().forEach(f -> failures.put(f.index(), f));
    List<WriteOutcome> outcomes = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < keys.size(); i++) {
      RecordFailure failure = failures.get(i);
      if (failure != null && !failure.saved()) {
        outcomes.add(WriteOutcome.failed(keys.get(i), message(failure)));
        continue;
      }
      T record = result.succeeded().get(next++);
      long id = saved.apply(record);
      outcomes.add(failure == null ? WriteOutcome.saved(keys.get(i), id) : WriteOutcome.partly(keys.get(i), id, message(failure)));
    }
    return outcomes;
  }

  /** The store's own words, with its status so a reader knows the kind of refusal. */
  static String message(RecordFailure failure) {
    return (failure.status() > 0 ? failure.status() + " " : "") + failure.message();
  }

  /** Ids to delete, and the outcome per record. */
  static List<WriteOutcome> deletions(List<String> keys, List<Integer> ids, BatchResult<Integer> result) {
    Map<Integer, RecordFailure> failures = new HashMap<>();
    result.failed().forEach(f -> failures.put(f.index(), f));
    List<WriteOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      RecordFailure failure = failures.get(i);
      outcomes.add(failure == null ? WriteOutcome.saved(keys.get(i), ids.get(i)) : WriteOutcome.failed(keys.get(i), message(failure)));
    }
    return outcomes;
  }
}
