package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one write endpoint takes a batch: the request for a chunk of drafts, the largest chunk it
 * allows, how answers decode, and the natural key that ties a returned record to its draft.
 *
 * @param findExisting for creates: looks drafts up by natural key (found records by key), so a
 *     create whose fate is unknown is never sent twice blindly; null for updates and deletes
 * @param notEchoed for endpoints that answer success without returning the records: what to
 *     report as saved for a draft; null when the store returns them
 */
record WriteSpec<D, T>(
    int maxBatch,
    boolean v2,
    Function<List<D>, ApiRequest> request,
    Function<JsonNode, T> decode,
    Function<D, String> draftKey,
    Function<T, String> recordKey,
    Function<List<D>, Map<String, T>> findExisting,
    Function<D, T> notEchoed) {

  /** A v3 update or delete (safe to repeat) whose answer returns the records. */
  static <D, T> WriteSpec<D, T> update(
      int maxBatch, Function<List<D>, ApiRequest> request, Class<T> type, Function<D, String> draftKey,
      Function<T, String> recordKey) {
    return new WriteSpec<>(maxBatch, false, request, decoder(type), draftKey, recordKey, null, null);
  }

  /** A v3 create with its natural-key lookup. */
  static <T> WriteSpec<T, T> create(
      int maxBatch, Function<List<T>, ApiRequest> request, Class<T> type, Function<T, String> key,
      Function<List<T>, Map<String, T>> findExisting) {
    return new WriteSpec<>(maxBatch, false, request, decoder(type), key, key, findExisting, null);
  }

  WriteSpec<D, T> inV2() {
    return new WriteSpec<>(maxBatch, true, request, decode, draftKey, recordKey, findExisting, notEchoed);
  }

  WriteSpec<D, T> withNotEchoed(Function<D, T> saved) {
    return new WriteSpec<>(maxBatch, v2, request, decode, draftKey, recordKey, findExisting, saved);
  }

  boolean isCreate() {
    return findExisting != null;
  }

  static <T> Function<JsonNode, T> decoder(Class<T> type) {
    return node -> Json.MAPPER.convertValue(node, type);
  }
}
