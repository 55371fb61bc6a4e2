package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.Request;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * List filters built from query parameters, one call per parameter the endpoint supports:
 * {@code Filter.of(req).in("id:in", "id").eq("name", "name").like("name:like", "name")}.
 * A parameter that is absent adds no condition.
 */
public final class Filter {
  private final Request request;
  private Predicate<ObjectNode> predicate = record -> true;
  private boolean active;

  private Filter(Request request) {
    this.request = request;
  }

  public static Filter of(Request request) {
    return new Filter(request);
  }

  /** Field value (or any element of an array field) equals the parameter. */
  public Filter eq(String param, String field) {
    String wanted = request.query(param);
    if (wanted != null) {
      and(record -> anyValue(record.get(field), v -> v.equals(wanted)));
    }
    return this;
  }

  /** Like {@link #eq} without regard to case. */
  public Filter eqIgnoreCase(String param, String field) {
    String wanted = request.query(param);
    if (wanted != null) {
      and(record -> anyValue(record.get(field), v -> v.equalsIgnoreCase(wanted)));
    }
    return this;
  }

  /** Field value is one of the comma-separated parameter values. */
  public Filter in(String param, String field) {
    if (request.has(param)) {
      Set<String> wanted = new HashSet<>(request.list(param));
      and(record -> anyValue(record.get(field), wanted::contains));
    }
    return this;
  }

  /** Like {@link #in} without regard to case. */
  public Filter inIgnoreCase(String param, String field) {
    if (request.has(param)) {
      Set<String> wanted = new HashSet<>();
      request.list(param).forEach(v -> wanted.add(v.toLowerCase(Locale.ROOT)));
      and(record -> anyValue(record.get(field), v -> wanted.contains(v.toLowerCase(Locale.ROOT))));
    }
    return this;
  }

  public Filter notIn(String param, String field) {
    if (request.has(param)) {
      Set<String> unwanted = new HashSet<>(request.list(param));
      and(record -> !anyValue(record.get(field), unwanted::contains));
    }
    return this;
  }

  /** Field contains any of the parameter values, without regard to case. */
  public Filter like(String param, String field) {
    if (request.has(param)) {
      List<String> parts = request.list(param).stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
      and(record -> anyValue(record.get(field),
          v -> parts.stream().anyMatch(p -> v.toLowerCase(Locale.ROOT).contains(p))));
    }
    return this;
  }

  /** Numeric field >= parameter (or > when {@code strict}). */
  public Filter min(String param, String field, boolean strict) {
    Long bound = request.longQuery(param);
    if (bound != null) {
      and(record -> {
        long value = record.path(field).asLong();
        return strict ? value > bound : value >= bound;
      });
    }
    return this;
  }

  public Filter max(String param, String field, boolean strict) {
    Long bound = request.longQuery(param);
    if (bound != null) {
      and(record -> {
        long value = record.path(field).asLong();
        return strict ? value < bound : value <= bound;
      });
    }
    return this;
  }

  /** The usual id filters: {@code id}, {@code id:in}, {@code id:not_in}, {@code id:min/max/greater/less}. */
  public Filter ids(String field) {
    return eq("id", field).in("id:in", field).notIn("id:not_in", field)
        .min("id:min", field, false).max("id:max", field, false)
        .min("id:greater", field, true).max("id:less", field, true);
  }

  /** Boolean field equals the parameter (true/false or 1/0). */
  public Filter bool(String param, String field) {
    Boolean wanted = request.bool(param);
    if (wanted != null) {
      and(record -> record.path(field).asBoolean() == wanted);
    }
    return this;
  }

  /** Date-time text field compared with the parameter (ISO-8601 texts compare as strings). */
  public Filter dateRange(String field) {
    String min = request.query(field + ":min");
    String max = request.query(field + ":max");
    if (min != null) {
      and(record -> record.path(field).asText().compareTo(min) >= 0);
    }
    if (max != null) {
      and(record -> record.path(field).asText().compareTo(max) <= 0);
    }
    return this;
  }

  public Filter and(Predicate<ObjectNode> condition) {
    predicate = predicate.and(condition);
    active = true;
    return this;
  }

  /** True when at least one condition was added. */
  public boolean isActive() {
    return active;
  }

  public Predicate<ObjectNode> predicate() {
    return predicate;
  }

  public List<ObjectNode> apply(List<ObjectNode> records) {
    return records.stream().filter(predicate).toList();
  }

  private static boolean anyValue(JsonNode node, Predicate<String> test) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (test.test(element.asText())) {
          return true;
        }
      }
      return false;
    }
    return test.test(node.asText());
  }
}
