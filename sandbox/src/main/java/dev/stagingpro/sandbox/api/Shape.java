package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Response shaping shared by list endpoints: {@code include_fields}/{@code exclude_fields} and sorting. */
public final class Shape {
  private Shape() {}

  /** Keeps only the requested fields (the id always stays), or drops the excluded ones. */
  public static ObjectNode fields(Request request, ObjectNode record, String idField) {
    List<String> include = request.list("include_fields");
    if (!include.isEmpty()) {
      Set<String> keep = new HashSet<>(include);
      keep.add(idField);
      record.retain(keep);
    }
    request.list("exclude_fields").stream().filter(f -> !f.equals(idField)).forEach(record::remove);
    return record;
  }

  /**
   * Sorts by the {@code sort} parameter (one of {@code allowed}, default {@code fallback}) and
   * {@code direction} asc/desc; numbers compare as numbers, everything else as text.
   */
  public static List<ObjectNode> sort(Request request, List<ObjectNode> records, Set<String> allowed, String fallback) {
    String field = request.query("sort") == null ? fallback : request.query("sort");
    if (!allowed.contains(field) && !field.equals(fallback)) {
      throw ApiException.unprocessable("sort", "sort must be one of " + allowed);
    }
    Comparator<ObjectNode> order = Comparator.comparing(r -> r.get(field), Shape::compare);
    if ("desc".equalsIgnoreCase(request.query("direction"))) {
      order = order.reversed();
    }
    return records.stream().sorted(order).toList();
  }

  private static int compare(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.asDouble(), b.asDouble());
    }
    return a.asText().compareToIgnoreCase(b.asText());
  }
}
