package dev.stagingpro.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a batched write: the records the store took (as it returned them, in input
 * order) and the per-record failures. A record saved with a failed part (HTTP 207) is in both
 * lists: it exists on the store, and its failure says which part did not save.
 */
public record BatchResult<T>(List<T> succeeded, List<RecordFailure> failed) {
  public BatchResult {
    succeeded = List.copyOf(succeeded);
    failed = List.copyOf(failed);
  }

  public static <T> BatchResult<T> empty() {
    return new BatchResult<>(List.of(), List.of());
  }

  /** True when every record was saved completely. */
  public boolean isComplete() {
    return failed.isEmpty();
  }

  /** Failures that left no record on the store (as opposed to 207 partial saves). */
  public List<RecordFailure> rejected() {
    return failed.stream().filter(f -> !f.saved()).toList();
  }

  /** Joins results of consecutive chunks; {@code offset} shifts the chunk's failure indexes. */
  public BatchResult<T> plus(BatchResult<T> chunk, int offset) {
    List<T> ok = new ArrayList<>(succeeded);
    ok.addAll(chunk.succeeded());
    List<RecordFailure> bad = new ArrayList<>(failed);
    for (RecordFailure f : chunk.failed()) {
      bad.add(new RecordFailure(f.index() + offset, f.key(), f.status(), f.message(), f.saved()));
    }
    return new BatchResult<>(ok, bad);
  }
}
