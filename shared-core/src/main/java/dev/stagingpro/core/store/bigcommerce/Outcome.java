package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RecordFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one record of a batched write: the record as the store returned it, a problem,
 * or both (saved with a failed part). Positions are added only when a whole write's outcomes are
 * joined into a {@link BatchResult}.
 */
record Outcome<T>(T record, String key, int status, String problem) {
  static <T> Outcome<T> saved(T record, String key) {
    return new Outcome<>(record, key, 0, null);
  }

  static <T> Outcome<T> failed(String key, int status, String problem) {
    return new Outcome<>(null, key, status, problem);
  }

  boolean hasProblem() {
    return problem != null;
  }

  static <T> BatchResult<T> toResult(List<Outcome<T>> outcomes) {
    List<T> ok = new ArrayList<>();
    List<RecordFailure> failed = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome<T> o = outcomes.get(i);
      if (o.record() != null) {
        ok.add(o.record());
      }
      if (o.hasProblem()) {
        failed.add(new RecordFailure(i, o.key(), o.status(), o.problem(), o.record() != null));
      }
    }
    return new BatchResult<>(ok, failed);
  }
}
