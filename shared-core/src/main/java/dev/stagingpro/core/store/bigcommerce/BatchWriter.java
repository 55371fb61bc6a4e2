package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.StoreApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Sends a list of writes in the largest chunks the endpoint allows, several chunks in flight, and
 * joins the per-record outcomes in input order. Creates are duplicate-safe: when a create's fate
 * is unknown (timeout, dropped connection, 5xx), the drafts are looked up by natural key first and
 * only the ones not found are sent again. A batch the store refuses as a whole without saying
 * which record is at fault is retried one record at a time.
 */
final class BatchWriter {
  private final HttpExecutor http;
  private final ExecutorService pool;
  private final RequestMetrics metrics;
  private final Backoff backoff;
  private final int maxAttempts;

  BatchWriter(HttpExecutor http, ExecutorService pool, RequestMetrics metrics, Backoff backoff, int maxAttempts) {
    this.http = http;
    this.pool = pool;
    this.metrics = metrics;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
  }

  <D, T> BatchResult<T> write(List<D> drafts, WriteSpec<D, T> spec) {
    List<CompletableFuture<List<Outcome<T>>>> chunks = new ArrayList<>();
    for (int from = 0; from < drafts.size(); from += spec.maxBatch()) {
      List<D> chunk = List.copyOf(drafts.subList(from, Math.min(drafts.size(), from + spec.maxBatch())));
      chunks.add(CompletableFuture.supplyAsync(() -> guarded(chunk, spec), pool));
    }
    List<Outcome<T>> all = new ArrayList<>();
    for (CompletableFuture<List<Outcome<T>>> chunk : chunks) {
      try {
        all.addAll(chunk.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return Outcome.toResult(all);
  }

  /** One chunk; a request that fails for good fails each of its records with the store's message. */
  private <D, T> List<Outcome<T>> guarded(List<D> chunk, WriteSpec<D, T> spec) {
    try {
      return spec.isCreate() ? create(chunk, spec) : send(chunk, spec, HttpExecutor.Repeat.SAFE);
    } catch (StoreApiException e) {
      return chunk.stream()
          .map(d -> Outcome.<T>failed(spec.draftKey().apply(d), e.status(), e.storeMessage()))
          .toList();
    }
  }

  private <D, T> List<Outcome<T>> send(List<D> chunk, WriteSpec<D, T> spec, HttpExecutor.Repeat repeat) {
    ApiResponse response = http.send(spec.request().apply(chunk), repeat);
    BatchAnswer<T> answer = BatchAnswer.read(response, spec.v2(), spec.decode());
    if (!response.isSuccess() && !answer.isPerRecord() && chunk.size() > 1 && response.status() != 413) {
      List<Outcome<T>> each = new ArrayList<>();
      for (D draft : chunk) {
        each.addAll(spec.isCreate() ? create(List.of(draft), spec) : send(List.of(draft), spec, repeat));
      }
      return each;
    }
    return answer.split(chunk, spec);
  }

  private <D, T> List<Outcome<T>> create(List<D> chunk, WriteSpec<D, T> spec) {
    List<Outcome<T>> outcomes = new ArrayList<>(Collections.nCopies(chunk.size(), null));
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      pending.add(i);
    }
    int unknownFates = 0;
    while (true) {
      List<D> drafts = pending.stream().map(chunk::get).toList();
      try {
        List<Outcome<T>> answered = send(drafts, spec, HttpExecutor.Repeat.NOT_SAFE);
        if (unknownFates > 0) {
          answered = recoverConflicts(drafts, answered, spec);
        }
        for (int i = 0; i < pending.size(); i++) {
          outcomes.set(pending.get(i), answered.get(i));
        }
        return outcomes;
      } catch (AmbiguousWriteException e) {
        unknownFates++;
        Map<String, T> found = spec.findExisting().apply(drafts);
        List<Integer> still = new ArrayList<>();
        for (int index : pending) {
          String key = spec.draftKey().apply(chunk.get(index));
          T existing = key == null ? null : found.get(key);
          if (existing != null) {
            metrics.recoveredCreate();
            outcomes.set(index, Outcome.saved(existing, key));
          } else {
            still.add(index);
          }
        }
        pending = still;
        if (pending.isEmpty()) {
          return outcomes;
        }
        if (unknownFates >= maxAttempts) {
          for (int index : pending) {
            outcomes.set(index, Outcome.failed(spec.draftKey().apply(chunk.get(index)), 0,
                "no reliable answer after " + unknownFates + " attempts: " + e.getMessage()));
          }
          return outcomes;
        }
        metrics.retry();
        http.sleep(backoff.delay(unknownFates));
      }
    }
  }

  /**
   * After an attempt whose fate was unknown, a 409 "already exists" most likely means that attempt
   * saved the record after all: look the conflicting drafts up and take what is found.
   */
  private <D, T> List<Outcome<T>> recoverConflicts(List<D> drafts, List<Outcome<T>> answered, WriteSpec<D, T> spec) {
    List<D> conflicting = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (answered.get(i).record() == null && answered.get(i).status() == 409) {
        conflicting.add(drafts.get(i));
      }
    }
    if (conflicting.isEmpty()) {
      return answered;
    }
    Map<String, T> found = spec.findExisting().apply(conflicting);
    List<Outcome<T>> fixed = new ArrayList<>(answered);
    for (int i = 0; i < drafts.size(); i++) {
      Outcome<T> o = answered.get(i);
      T existing = o.key() == null ? null : found.get(o.key());
      if (o.record() == null && o.status() == 409 && existing != null) {
        metrics.recoveredCreate();
        fixed.set(i, Outcome.saved(existing, o.key()));
      }
    }
    return fixed;
  }

  /** Helper for natural-key lookups: indexes found records by their key. */
  static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
    Map<String, T> map = new java.util.HashMap<>();
    for (T record : records) {
      String k = key.apply(record);
      if (k != null) {
        map.putIfAbsent(k, record);
      }
    }
    return map;
  }
}
