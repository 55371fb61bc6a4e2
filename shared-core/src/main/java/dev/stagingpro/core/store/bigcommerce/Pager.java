package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a list endpoint lazily, one page of up to 250 records at a time, so memory stays flat
 * whatever the store's size. v3 lists follow the cursor when the endpoint offers one ({@code
 * meta.cursor_pagination}) and page numbers otherwise ({@code meta.pagination}); v2 lists are bare
 * arrays and end with a short or empty page (or 204).
 */
final class Pager<T> implements Iterator<T> {
  static final int LIMIT = 250;

  /** How the endpoint pages. */
  enum Style {
    OFFSET,
    CURSOR,
    V2
  }

  private final HttpExecutor http;
  private final ApiRequest first;
  private final Function<JsonNode, T> decode;
  private final Deque<T> buffer = new ArrayDeque<>();
  private Style style;
  private int page = 1;
  private String cursor;
  private boolean exhausted;

  private Pager(HttpExecutor http, ApiRequest first, Style style, Function<JsonNode, T> decode) {
    this.http = http;
    this.first = first;
    this.style = style;
    this.decode = decode;
  }

  static <T> Stream<T> stream(HttpExecutor http, ApiRequest request, Style style, Class<T> type) {
    return stream(http, request, style, node -> Json.MAPPER.convertValue(node, type));
  }

  static <T> Stream<T> stream(HttpExecutor http, ApiRequest request, Style style, Function<JsonNode, T> decode) {
    Pager<T> pager = new Pager<>(http, request, style, decode);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !exhausted) {
      fetch();
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.poll();
  }

  private void fetch() {
    ApiRequest request = first.withQuery("limit", LIMIT);
    request = cursor != null ? request.withQuery("after", cursor) : request.withQuery("page", page);
    ApiResponse response = http.call(request);
    JsonNode root = response.json();
    JsonNode items = style == Style.V2 ? root : root.path("data");
    int count = 0;
    if (items.isArray()) {
      for (JsonNode item : items) {
        buffer.add(decode.apply(item));
        count++;
      }
    }
    exhausted = count == 0 || !advance(root.path("meta"), count);
  }

  /** Moves to the next page; false when this was the last one. */
  private boolean advance(JsonNode meta, int count) {
    JsonNode cursorMeta = meta.path("cursor_pagination");
    if (style == Style.CURSOR && cursorMeta.isObject()) {
      String next = cursorMeta.path("links").path("next").asText("");
      String end = cursorMeta.path("end_cursor").asText("");
      if (next.isEmpty() || end.isEmpty()) {
        return false;
      }
      cursor = end;
      return true;
    }
    if (style == Style.CURSOR) {
      style = Style.OFFSET; // the endpoint did not answer with a cursor
    }
    JsonNode pagination = meta.path("pagination");
    page++;
    if (style == Style.OFFSET && pagination.has("total_pages")) {
      return pagination.path("current_page").asInt(page - 1) < pagination.path("total_pages").asInt();
    }
    return count >= LIMIT;
  }
}
