package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's answer to a batched write, split per record. Records come back in {@code data} (an
 * object or an array); failures in {@code errors}, keyed by the record's index in the batch
 * ({@code "0"}, {@code "0.name"}, {@code "[0]"}) or not indexed at all (then they concern the whole
 * batch, or the one record of a single write). Used for 200/201, 207 partial saves and the 422
 * "partial success" of the metafield batch endpoints. Price-record batches name their failures by
 * the record's identity instead ({@code batch_errors: [{data, field_errors}]}), and they and the
 * price-list assignments and promotion bulk deletes say "the others were saved" with a 422 ({@code
 * meta.saved_records}, {@code meta.success}).
 */
final class BatchAnswer<T> {
  // "0", "0.name", "[0]", "[0].name", ".customers[0].email"
  private static final Pattern INDEX = Pattern.compile("^(\\d+)(?:\\.|$)|\\[(\\d+)]");

  private final int status;
  private final List<T> records;
  private final Map<Integer, List<String>> indexed;
  private final List<String> general;
  /** Failures named by the failed record's identity (decoded like a record) rather than its index. */
  private final List<Map.Entry<T, String>> keyed;
  /** A 422 whose records without a failure of their own were saved. */
  private final boolean othersSaved;

  private BatchAnswer(int status, List<T> records, Map<Integer, List<String>> indexed, List<String> general,
      List<Map.Entry<T, String>> keyed, boolean othersSaved) {
    this.status = status;
    this.records = records;
    this.indexed = indexed;
    this.general = general;
    this.keyed = keyed;
    this.othersSaved = othersSaved;
  }

  static <T> BatchAnswer<T> read(ApiResponse response, boolean v2, Function<JsonNode, T> decode) {
    JsonNode root = response.json();
    JsonNode data = v2 || !root.has("data") ? root : root.get("data");
    List<T> records = new ArrayList<>();
    if (response.isSuccess() || root.has("data")) {
      if (data.isArray()) {
        data.forEach(item -> records.add(decode.apply(item)));
      } else if (data.isObject() && !data.isEmpty()) { // {"data": {}} answers a write that returns nothing
        records.add(decode.apply(data));
      }
    }
    Map<Integer, List<String>> indexed = new HashMap<>();
    List<String> general = new ArrayList<>();
    collectErrors(root.get("errors"), indexed, general);
    List<Map.Entry<T, String>> keyed = new ArrayList<>();
    for (JsonNode failure : root.path("batch_errors")) {
      keyed.add(Map.entry(decode.apply(failure.path("data")), fieldErrors(failure.path("field_errors"))));
    }
    if (!response.isSuccess() && indexed.isEmpty() && keyed.isEmpty() && general.isEmpty()) {
      general.add(StoreMessages.of(response));
    }
    JsonNode meta = root.path("meta");
    boolean othersSaved = !response.isSuccess()
        && (root.has("batch_errors") || meta.has("saved_records") || meta.path("success").asInt() > 0);
    return new BatchAnswer<>(response.status(), records, indexed, general, keyed, othersSaved);
  }

  /** {@code {field: message}} as "field: message; ...". */
  private static String fieldErrors(JsonNode errors) {
    List<String> parts = new ArrayList<>();
    errors.fields().forEachRemaining(e -> parts.add(e.getKey() + ": "
        + (e.getValue().isValueNode() ? e.getValue().asText() : StoreMessages.describe(e.getValue()))));
    return parts.isEmpty() ? "refused without a reason" : String.join("; ", parts);
  }

  /** True when the store says something per record (or saved some): the answer can be split. */
  boolean isPerRecord() {
    return !records.isEmpty() || !indexed.isEmpty() || !keyed.isEmpty();
  }

  List<T> records() {
    return records;
  }

  /**
   * Assigns the answer to the batch's drafts: a returned record goes to the draft with the same
   * natural key (records left over go, in order, to drafts left over without an error of their
   * own, as the store answers in the order it was sent); an indexed failure to its draft; a
   * failure without index to every draft when the write failed, or to the single draft of a
   * partial save. Endpoints that answer success without records report the drafts as saved.
   */
  <D> List<Outcome<T>> split(List<D> drafts, WriteSpec<D, T> spec) {
    T[] matched = match(drafts, spec.draftKey(), spec.recordKey());
    Function<D, String> draftKey = spec.draftKey();
    Map<Integer, List<String>> failures = withKeyed(drafts, spec);
    boolean partial = status == 207 || (!general.isEmpty() && !records.isEmpty());
    List<Outcome<T>> outcomes = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String key = draftKey.apply(drafts.get(i));
      List<String> messages = new ArrayList<>(failures.getOrDefault(i, List.of()));
      if (matched[i] == null || (partial && drafts.size() == 1)) {
        if (messages.isEmpty()) {
          messages.addAll(general);
        }
      }
      String problem = messages.isEmpty() ? null : String.join("; ", messages);
      T record = matched[i];
      if (record == null && problem == null && spec.notEchoed() != null && (status < 300 || othersSaved)) {
        record = spec.notEchoed().apply(drafts.get(i));
      } else if (record == null && problem == null) {
        problem = "the store did not return this record";
      }
      outcomes.add(new Outcome<>(record, key, problem == null ? 0 : status, problem));
    }
    return outcomes;
  }

  /** The indexed failures plus the keyed ones, placed at the draft with the same natural key. */
  private <D> Map<Integer, List<String>> withKeyed(List<D> drafts, WriteSpec<D, T> spec) {
    if (keyed.isEmpty()) {
      return indexed;
    }
    Map<Integer, List<String>> all = new HashMap<>(indexed);
    for (Map.Entry<T, String> failure : keyed) {
      String key = spec.recordKey().apply(failure.getKey());
      for (int i = 0; i < drafts.size(); i++) {
        if (key != null && key.equals(spec.draftKey().apply(drafts.get(i)))) {
          all.computeIfAbsent(i, k -> new ArrayList<>()).add(failure.getValue());
          break;
        }
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private <D> T[] match(List<D> drafts, Function<D, String> draftKey, Function<T, String> recordKey) {
    T[] matched = (T[]) new Object[drafts.size()];
    List<T> unmatched = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      String key = draftKey.apply(drafts.get(i));
      if (key != null) {
        byKey.put(key, i);
      }
    }
    for (T record : records) {
      Integer index = byKey.remove(Objects.requireNonNullElse(recordKey.apply(record), "\0"));
      if (index != null) {
        matched[index] = record;
      } else {
        unmatched.add(record);
      }
    }
    Iterator<T> rest = unmatched.iterator();
    for (int i = 0; i < drafts.size() && rest.hasNext(); i++) {
      if (matched[i] == null && !indexed.containsKey(i)) {
        matched[i] = rest.next();
      }
    }
    return matched;
  }

  private static void collectErrors(JsonNode errors, Map<Integer, List<String>> indexed, List<String> general) {
    if (errors == null || errors.isNull() || errors.isMissingNode()) {
      return;
    }
    if (errors.isArray()) {
      errors.forEach(e -> collectErrors(e, indexed, general));
      return;
    }
    if (!errors.isObject()) {
      general.add(errors.asText());
      return;
    }
    JsonNode details = errors.get("errors");
    boolean envelope = details != null || errors.has("title") || errors.has("status");
    if (!envelope) {
      addDetails(errors, indexed, general);
      return;
    }
    int before = general.size();
    boolean anyIndexed = details != null && details.isObject() && addDetails(details, indexed, general);
    if (!anyIndexed && general.size() == before) {
      String title = StoreMessages.describe(errors);
      if (!title.isBlank()) {
        general.add(title);
      }
    }
  }

  /** Adds {@code {key: message}} details; true when at least one key named an index. */
  private static boolean addDetails(JsonNode details, Map<Integer, List<String>> indexed, List<String> general) {
    boolean anyIndexed = false;
    for (Map.Entry<String, JsonNode> e : details.properties()) {
      String message = e.getValue().isValueNode() ? e.getValue().asText() : StoreMessages.describe(e.getValue());
      Matcher m = INDEX.matcher(e.getKey());
      if (m.find()) {
        int index = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        indexed.computeIfAbsent(index, k -> new ArrayList<>()).add(message);
        anyIndexed = true;
      } else {
        general.add(e.getKey() + ": " + message);
      }
    }
    return anyIndexed;
  }
}
