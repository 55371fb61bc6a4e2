package dev.stagingpro.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * BigCommerce list paging: {@code page}/{@code limit} with {@code meta.pagination}, and for the
 * endpoints that have it, cursors ({@code after}/{@code before}) with {@code meta.cursor_pagination}.
 * Default limit 50, maximum 250; a larger limit answers 422.
 */
public final class Pages {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 250;

  private Pages() {}

  /** The requested page size, checked against the maximum. */
  public static int limit(Request request) {
    int limit = request.integer("limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.unprocessable("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  /** One offset page of {@code items} in the v3 envelope. */
  public static Response offset(Request request, List<ObjectNode> items) {
    return offset(request, items, limit(request), Function.identity());
  }

  /**
   * One offset page; only the items on the page are rendered, so a large table can be paged by
   * id without loading every record.
   */
  public static <T> Response offset(Request request, List<T> items, int limit, Function<T, ObjectNode> render) {
    int page = page(request);
    List<T> slice = slice(items, page, limit);
    ObjectNode meta = Json.object();
    meta.set("pagination", pagination(items.size(), slice.size(), limit, page));
    return envelope(slice.stream().map(render).toList(), meta);
  }

  /**
   * Cursor paging where the spec has it. Without {@code after}/{@code before} the first (or the
   * requested offset) page carries {@code pagination}, and also {@code cursor_pagination} when
   * the endpoint's answer declares both ({@code bothMeta}), so a client can start with cursors.
   */
  public static Response cursorOrOffset(Request request, List<ObjectNode> items, String idField, boolean bothMeta) {
    return cursorOrOffset(request, items, idField, bothMeta, Function.identity());
  }

  /**
   * Like {@link #cursorOrOffset(Request, List, String, boolean)}, rendering only the items on the
   * page: the cursor can follow an id that the rendered records do not show (price records).
   */
  public static Response cursorOrOffset(
      Request request, List<ObjectNode> items, String idField, boolean bothMeta, Function<ObjectNode, ObjectNode> render) {
    return Response.ok(cursorOrOffsetBody(request, items, idField, bothMeta, render));
  }

  /** The body {@link #cursorOrOffset(Request, List, String, boolean, Function)} answers, for areas that trim its meta. */
  public static ObjectNode cursorOrOffsetBody(
      Request request, List<ObjectNode> items, String idField, boolean bothMeta, Function<ObjectNode, ObjectNode> render) {
    int limit = limit(request);
    String after = request.query("after");
    String before = request.query("before");
    if (after != null && before != null) {
      throw ApiException.unprocessable("after", "Use either after or before, not both");
    }
    if ((after != null || before != null) && request.has("page")) {
      throw ApiException.unprocessable("page", "Cursor paging (after/before) cannot be combined with page");
    }
    ObjectNode meta = Json.object();
    List<ObjectNode> slice;
    if (after != null) {
      long from = decodeCursor(after);
      List<ObjectNode> rest = items.stream().filter(i -> i.get(idField).asLong() > from).toList();
      slice = rest.subList(0, Math.min(limit, rest.size()));
    } else if (before != null) {
      long to = decodeCursor(before);
      List<ObjectNode> head = items.stream().filter(i -> i.get(idField).asLong() < to).toList();
      slice = head.subList(Math.max(0, head.size() - limit), head.size());
    } else {
      int page = page(request);
      slice = slice(items, page, limit);
      meta.set("pagination", pagination(items.size(), slice.size(), limit, page));
    }
    if (bothMeta || after != null || before != null) {
      meta.set("cursor_pagination", cursorMeta(slice, items, limit, idField));
    }
    return envelopeBody(slice.stream().map(render).toList(), meta);
  }

  /** A v2 page: a bare array. */
  public static Response v2(Request request, List<ObjectNode> items) {
    int limit = limit(request);
    ArrayNode out = Json.array();
    slice(items, page(request), limit).forEach(out::add);
    return Response.ok(out);
  }

  public static int page(Request request) {
    int page = request.integer("page", 1);
    if (page < 1) {
      throw ApiException.unprocessable("page", "page must be 1 or more");
    }
    return page;
  }

  private static <T> List<T> slice(List<T> items, int page, int limit) {
    long from = (long) (page - 1) * limit;
    if (from >= items.size()) {
      return List.of();
    }
    return items.subList((int) from, (int) Math.min(items.size(), from + limit));
  }

  private static ObjectNode pagination(int total, int count, int limit, int page) {
    int totalPages = (total + limit - 1) / limit;
    ObjectNode pagination = Json.object();
    pagination.put("total", total);
    pagination.put("count", count);
    pagination.put("per_page", limit);
    pagination.put("current_page", page);
    pagination.put("total_pages", totalPages);
    ObjectNode links = pagination.putObject("links");
    if (page > 1) {
      links.put("previous", "?page=" + (page - 1) + "&limit=" + limit);
    }
    links.put("current", "?page=" + page + "&limit=" + limit);
    if (page < totalPages) {
      links.put("next", "?page=" + (page + 1) + "&limit=" + limit);
    }
    return pagination;
  }

  private static ObjectNode cursorMeta(List<ObjectNode> slice, List<ObjectNode> all, int limit, String idField) {
    ObjectNode cursor = Json.object();
    cursor.put("count", slice.size());
    cursor.put("per_page", limit);
    ObjectNode links = Json.object();
    if (!slice.isEmpty()) {
      long first = slice.get(0).get(idField).asLong();
      long last = slice.get(slice.size() - 1).get(idField).asLong();
      cursor.put("start_cursor", encodeCursor(first));
      cursor.put("end_cursor", encodeCursor(last));
      if (all.stream().anyMatch(i -> i.get(idField).asLong() < first)) {
        links.put("previous", "?before=" + encodeCursor(first) + "&limit=" + limit);
      }
      if (all.stream().anyMatch(i -> i.get(idField).asLong() > last)) {
        links.put("next", "?after=" + encodeCursor(last) + "&limit=" + limit);
      }
    }
    cursor.set("links", links);
    return cursor;
  }

  static String encodeCursor(long id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
  }

  static long decodeCursor(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("id:")) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(3));
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable("cursor", "The cursor '" + cursor + "' is not valid");
    }
  }

  private static Response envelope(List<ObjectNode> slice, ObjectNode meta) {
    return Response.ok(envelopeBody(slice, meta));
  }

  private static ObjectNode envelopeBody(List<ObjectNode> slice, ObjectNode meta) {
    ArrayNode data = Json.array();
    slice.forEach(data::add);
    ObjectNode body = Json.object();
    body.set("data", data);
    body.set("meta", meta);
    return body;
  }
}
