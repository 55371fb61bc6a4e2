package dev.stagingpro.core.store;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters and sub-resources for a list read, in the store's own parameter names (e.g. {@code
 * sku:in}, {@code name}, {@code tree_id:in}); each list method documents the ones it accepts.
 * Paging parameters are the connector's business and cannot be set here. Immutable.
 */
public final class ListQuery {
  private static final Set<String> PAGING = Set.of("page", "limit", "after", "before");
  private static final ListQuery ALL = new ListQuery(Map.of(), Set.of());

  private final Map<String, String> filters;
  private final Set<String> include;

  private ListQuery(Map<String, String> filters, Set<String> include) {
    this.filters = filters;
    this.include = include;
  }

  /** No filter: every record. */
  public static ListQuery all() {
    return ALL;
  }

  public static ListQuery where(String parameter, Object value) {
    return ALL.and(parameter, value);
  }

  /** Adds a filter; collections become the comma-separated lists {@code :in} filters take. */
  public ListQuery and(String parameter, Object value) {
    if (PAGING.contains(parameter)) {
      throw new IllegalArgumentException("paging is done by the connector: " + parameter);
    }
    Map<String, String> copy = new LinkedHashMap<>(filters);
    copy.put(parameter, render(value));
    return new ListQuery(Collections.unmodifiableMap(copy), include);
  }

  /** Asks for sub-resources (e.g. {@code variants}, {@code images}, {@code addresses}). */
  public ListQuery include(String... subResources) {
    Set<String> copy = new LinkedHashSet<>(include);
    copy.addAll(Set.of(subResources));
    return new ListQuery(filters, Collections.unmodifiableSet(copy));
  }

  public Map<String, String> filters() {
    return filters;
  }

  public Set<String> include() {
    return include;
  }

  private static String render(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return "ListQuery" + filters + (include.isEmpty() ? "" : " include=" + include);
  }
}
