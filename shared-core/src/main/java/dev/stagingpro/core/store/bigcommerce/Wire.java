package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.RecordFailure;
import dev.stagingpro.core.store.StoreApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The shared means of the entity classes: reads (single, optional, paged), batched writes through
 * {@link BatchWriter}, and deletes. One instance per connector.
 */
final class Wire {
  private final HttpExecutor http;
  private final BatchWriter writer;
  private final ExecutorService pool;

  Wire(HttpExecutor http, BatchWriter writer, ExecutorService pool) {
    this.http = http;
    this.writer = writer;
    this.pool = pool;
  }

  HttpExecutor http() {
    return http;
  }

  /** A list endpoint as a lazy stream, with the query's filters and includes. */
  <T> Stream<T> list(ApiRequest request, ListQuery query, Pager.Style style, Class<T> type) {
    return Pager.stream(http, withQuery(request, query), style, type);
  }

  static ApiRequest withQuery(ApiRequest request, ListQuery query) {
    ApiRequest withFilters = request.withQuery(query.filters());
    return query.include().isEmpty() ? withFilters : withFilters.withQuery("include", String.join(",", query.include()));
  }

  /** The v3 {@code data} of a 2xx answer as {@code type}. */
  <T> T one(ApiRequest request, Class<T> type) {
    return Json.MAPPER.convertValue(http.call(request).data(), type);
  }

  /** Like {@link #one}, empty when the store answers 404. */
  <T> Optional<T> maybe(ApiRequest request, Class<T> type) {
    ApiResponse response = http.send(request, HttpExecutor.Repeat.SAFE);
    if (response.status() == 404) {
      return Optional.empty();
    }
    JsonNode data = http.requireSuccess(request, response).data();
    return data.isMissingNode() || data.isNull() ? Optional.empty() : Optional.of(Json.MAPPER.convertValue(data, type));
  }

  <D, T> BatchResult<T> write(List<D> drafts, WriteSpec<D, T> spec) {
    return writer.write(drafts, spec);
  }

  /** Creates one record through its duplicate-safe spec; a refusal becomes a {@link StoreApiException}. */
  <T> T createOne(T draft, WriteSpec<T, T> spec) {
    BatchResult<T> result = writer.write(List.of(draft), spec);
    if (result.succeeded().isEmpty()) {
      RecordFailure f = result.failed().get(0);
      throw new StoreApiException(http.environment(), spec.request().apply(List.of(draft)).endpoint(), f.status(), f.message());
    }
    return result.succeeded().get(0);
  }

  /** Deletes by a filter on ids ({@code id:in=...}), {@code maxBatch} ids per request. */
  BatchResult<Integer> deleteByFilter(List<Integer> ids, int maxBatch, Function<List<Integer>, ApiRequest> request) {
    WriteSpec<Integer, Integer> spec =
        new WriteSpec<Integer, Integer>(maxBatch, false, request, JsonNode::asInt, String::valueOf, String::valueOf, null, null)
            .withNotEchoed(id -> id);
    return writer.write(ids, spec);
  }

  /**
   * Deletes records one request each, several in flight. A 404 counts as deleted: the record is
   * gone, possibly by an earlier attempt whose answer was lost.
   */
  BatchResult<Integer> deleteEach(List<Integer> ids, Function<Integer, ApiRequest> request) {
    List<CompletableFuture<RecordFailure>> futures = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      Integer id = ids.get(i);
      futures.add(CompletableFuture.supplyAsync(() -> deleteOne(index, id, request.apply(id)), pool));
    }
    List<Integer> deleted = new ArrayList<>();
    List<RecordFailure> failed = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      RecordFailure failure = futures.get(i).join();
      if (failure == null) {
        deleted.add(ids.get(i));
      } else {
        failed.add(failure);
      }
    }
    return new BatchResult<>(deleted, failed);
  }

  private RecordFailure deleteOne(int index, Integer id, ApiRequest request) {
    try {
      delete(request);
      return null;
    } catch (StoreApiException e) {
      return new RecordFailure(index, String.valueOf(id), e.status(), e.storeMessage(), false);
    }
  }

  /** Deletes one record; a 404 counts as deleted (see {@link #deleteEach}). */
  void delete(ApiRequest request) {
    ApiResponse response = http.send(request, HttpExecutor.Repeat.SAFE);
    if (!response.isSuccess() && response.status() != 404) {
      throw http.failure(request, response);
    }
  }

  /** An endpoint that returns its whole list at once in {@code data} (no paging). */
  <T> List<T> all(ApiRequest request, ListQuery query, Class<T> type) {
    JsonNode data = http.call(withQuery(request, query)).data();
    List<T> items = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(item -> items.add(Json.MAPPER.convertValue(item, type)));
    }
    return items;
  }

  /** Sends one request per chunk of at most {@code size} items, one after the other. */
  <T> void runInChunks(List<T> items, int size, Function<List<T>, ApiRequest> request) {
    for (int from = 0; from < items.size(); from += size) {
      run(request.apply(List.copyOf(items.subList(from, Math.min(items.size(), from + size)))));
    }
  }

  /** Sends a request whose answer only needs to be a success. */
  void run(ApiRequest request) {
    http.call(request);
  }
}
