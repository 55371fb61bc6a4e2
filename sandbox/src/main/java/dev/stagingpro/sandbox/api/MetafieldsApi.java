package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.ApiAccount;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

/**
 * Metafields on products, variants, categories, brands, customers, channels and the store, as
 * BigCommerce scopes them: each belongs to the API account (client id) that wrote it; the tuple
 * (client, namespace, key, resource) is unique (409); {@code permission_set} decides whether other
 * accounts see it ({@code read*}) or may change it ({@code write*}); {@code app_only} ones are
 * invisible to them. At most 250 per resource and client.
 */
public final class MetafieldsApi implements ApiArea {
  public static final TableSpec METAFIELDS = TableSpec.of("metafields", "metafield", "resource");
  public static final int PER_RESOURCE_LIMIT = 250;
  private static final Set<String> PERMISSIONS = Set.of("app_only", "read", "write", "read_and_sf_access", "write_and_sf_access");
  private static final Set<String> WRITABLE_BY_OTHERS = Set.of("write", "write_and_sf_access");
  /** Hidden field holding "type:id" so a resource's metafields are found by index. */
  private static final String RESOURCE = "resource";

  /** One kind of resource that carries metafields. */
  private record Kind(
      String type,
      String resourcePath,
      String itemParam,
      String batchPath,
      ToLongFunction<Request> resolve,
      BiPredicate<Request, Long> exists) {}

  private final List<Kind> kinds = List.of(
      new Kind("product", "/v3/catalog/products/{product_id}", "metafield_id", "/v3/catalog/products/metafields",
          r -> ProductsApi.product(r).get("id").asLong(), (r, id) -> r.table(Catalog.PRODUCTS).contains(id)),
      new Kind("variant", "/v3/catalog/products/{product_id}/variants/{variant_id}", "metafield_id",
          "/v3/catalog/variants/metafields", MetafieldsApi::variantOfPath, (r, id) -> r.table(Catalog.VARIANTS).contains(id)),
      new Kind("category", "/v3/catalog/categories/{category_id}", "metafield_id", "/v3/catalog/categories/metafields",
          r -> r.table(CategoryTreesApi.CATEGORIES).require(r.id("category_id"), "Category").get("category_id").asLong(),
          (r, id) -> r.table(CategoryTreesApi.CATEGORIES).contains(id)),
      new Kind("brand", "/v3/catalog/brands/{brand_id}", "metafield_id", "/v3/catalog/brands/metafields",
          r -> BrandsApi.brand(r).get("id").asLong(), (r, id) -> r.table(BrandsApi.BRANDS).contains(id)),
      new Kind("customer", "/v3/customers/{customerId}", "metafieldId", "/v3/customers/metafields",
          r -> r.table(CustomersApi.CUSTOMERS).require(r.id("customerId"), "Customer").get("id").asLong(),
          (r, id) -> r.table(CustomersApi.CUSTOMERS).contains(id)),
      new Kind("channel", "/v3/channels/{channel_id}", "metafield_id", "/v3/channels/metafields",
          r -> ChannelsApi.channel(r).get("id").asLong(), (r, id) -> r.table(ChannelsApi.CHANNELS).contains(id)),
      new Kind("store", null, "metafieldId", "/v3/store/metafields", r -> 0L, (r, id) -> true));

  @Override
  public void register(Routes routes) {
    for (Kind kind : kinds) {
      String item = kind.resourcePath() == null
          ? kind.batchPath() + "/{" + kind.itemParam() + "}"
          : kind.resourcePath() + "/metafields/{" + kind.itemParam() + "}";
      if (kind.resourcePath() != null) {
        String collection = kind.resourcePath() + "/metafields";
        routes.get(collection, r -> list(r, kind, List.of(kind.resolve().applyAsLong(r)), false));
        routes.post(collection, r -> Response.data(create(r, kind, kind.resolve().applyAsLong(r), r.jsonObject())));
      }
      routes.get(item, r -> Response.data(render(kind, find(r, kind))));
      routes.put(item, r -> Response.data(render(kind, update(r, find(r, kind), r.jsonObject()))));
      routes.delete(item, r -> {
        ObjectNode metafield = find(r, kind);
        requireWritable(r, metafield, null);
        r.table(METAFIELDS).delete(metafield.get("id").asLong());
        return Response.noContent();
      });
      routes.get(kind.batchPath(), r -> list(r, kind, r.has("resource_id:in") ? r.longs("resource_id:in") : null, true));
      routes.post(kind.batchPath(), r -> batch(r, kind, BatchOp.CREATE));
      routes.put(kind.batchPath(), r -> batch(r, kind, BatchOp.UPDATE));
      routes.delete(kind.batchPath(), r -> batch(r, kind, BatchOp.DELETE));
    }
  }

  /** Deletes every metafield of a resource (when the resource itself is deleted). */
  public static void deleteAllOf(Request request, String type, long resourceId) {
    Table table = request.table(METAFIELDS);
    for (ObjectNode metafield : table.where(RESOURCE, type + ":" + resourceId)) {
      table.delete(metafield.get("id").asLong());
    }
  }

  private static long variantOfPath(Request request) {
    long productId = ProductsApi.product(request).get("id").asLong();
    long variantId = request.id("variant_id");
    return request.table(Catalog.VARIANTS).find(variantId)
        .filter(v -> v.get("product_id").asLong() == productId)
        .orElseThrow(() -> ApiException.notFound("Variant " + variantId + " does not exist on product " + productId))
        .get("id").asLong();
  }

  // ---- single operations

  private ObjectNode create(Request request, Kind kind, long resourceId, ObjectNode body) {
    Check.text(body, "namespace", 64);
    Check.text(body, "key", 64);
    Check.text(body, "value", 65_535);
    Check.oneOf(body, "permission_set", PERMISSIONS);
    Check.optionalText(body, "description", 255);
    Table table = request.table(METAFIELDS);
    String owner = request.account().clientId();
    List<ObjectNode> siblings = table.where(RESOURCE, kind.type() + ":" + resourceId);
    long mine = 0;
    for (ObjectNode other : siblings) {
      if (other.get("owner_client_id").asText().equals(owner)) {
        mine++;
        if (other.get("namespace").asText().equals(body.get("namespace").asText())
            && other.get("key").asText().equals(body.get("key").asText())) {
          throw ApiException.conflict("A metafield with this namespace and key already exists on this " + kind.type(),
              "key", "Duplicate metafield " + body.get("namespace").asText() + "." + body.get("key").asText()
                  + " (id " + other.get("id").asLong() + ")");
        }
      }
    }
    if (!"store".equals(kind.type()) && mine >= PER_RESOURCE_LIMIT) {
      throw ApiException.unprocessable("key", "At most " + PER_RESOURCE_LIMIT + " metafields per " + kind.type() + " and app");
    }
    ObjectNode metafield = table.blank();
    for (String field : List.of("namespace", "key", "value", "permission_set", "description")) {
      if (body.has(field)) {
        metafield.set(field, body.get(field));
      }
    }
    metafield.put("id", table.nextId());
    metafield.put("resource_type", kind.type());
    metafield.put("resource_id", resourceId);
    metafield.put(RESOURCE, kind.type() + ":" + resourceId);
    metafield.put("owner_client_id", owner);
    String now = Times.v3(request.now());
    metafield.put("date_created", now);
    metafield.put("date_modified", now);
    table.save(metafield);
    return render(kind, metafield);
  }

  private ObjectNode update(Request request, ObjectNode metafield, ObjectNode body) {
    requireWritable(request, metafield, body);
    Check.optionalText(body, "namespace", 64);
    Check.optionalText(body, "key", 64);
    Check.optionalText(body, "value", 65_535);
    Check.optionalOneOf(body, "permission_set", PERMISSIONS);
    Check.optionalText(body, "description", 255);
    String namespace = body.path("namespace").asText(metafield.get("namespace").asText());
    String key = body.path("key").asText(metafield.get("key").asText());
    for (ObjectNode other : request.table(METAFIELDS).where(RESOURCE, metafield.get(RESOURCE).asText())) {
      if (other.get("id").asLong() != metafield.get("id").asLong()
          && other.get("owner_client_id").asText().equals(metafield.get("owner_client_id").asText())
          && other.get("namespace").asText().equals(namespace) && other.get("key").asText().equals(key)) {
        throw ApiException.conflict("A metafield with this namespace and key already exists", "key", namespace + "." + key);
      }
    }
    for (String field : List.of("namespace", "key", "value", "permission_set", "description")) {
      if (body.has(field)) {
        metafield.set(field, body.get(field));
      }
    }
    metafield.put("date_modified", Times.v3(request.now()));
    request.table(METAFIELDS).save(metafield);
    return metafield;
  }

  /** Another app may write only {@code write*} metafields, and never their identity or permissions. */
  private static void requireWritable(Request request, ObjectNode metafield, ObjectNode body) {
    ApiAccount account = request.account();
    if (metafield.get("owner_client_id").asText().equals(account.clientId())) {
      return;
    }
    visible(request, metafield);
    boolean writable = WRITABLE_BY_OTHERS.contains(metafield.get("permission_set").asText());
    boolean identityChange = body != null && (changes(body, metafield, "namespace") || changes(body, metafield, "key")
        || changes(body, metafield, "permission_set"));
    if (!writable || identityChange) {
      throw new ApiException(403, "This metafield belongs to another app and may not be changed this way", null);
    }
  }

  private static boolean changes(ObjectNode body, ObjectNode metafield, String field) {
    return body.has(field) && !body.get(field).asText().equals(metafield.get(field).asText());
  }

  /** The metafield if the caller may see it; another app's app_only metafield answers 404. */
  private static ObjectNode visible(Request request, ObjectNode metafield) {
    if (!canSee(request, metafield)) {
      throw ApiException.notFound("Metafield " + metafield.get("id").asLong() + " does not exist");
    }
    return metafield;
  }

  private static boolean canSee(Request request, ObjectNode metafield) {
    return metafield.get("owner_client_id").asText().equals(request.account().clientId())
        || !"app_only".equals(metafield.get("permission_set").asText());
  }

  private ObjectNode find(Request request, Kind kind) {
    long resourceId = kind.resolve().applyAsLong(request);
    long id = request.id(kind.itemParam());
    ObjectNode metafield = request.table(METAFIELDS).find(id)
        .filter(m -> m.get(RESOURCE).asText().equals(kind.type() + ":" + resourceId))
        .orElseThrow(() -> ApiException.notFound("Metafield " + id + " does not exist"));
    return visible(request, metafield);
  }

  private Response list(Request request, Kind kind, List<Long> resourceIds, boolean bothMeta) {
    Table table = request.table(METAFIELDS);
    List<ObjectNode> found = new ArrayList<>();
    if (resourceIds == null) {
      found.addAll(table.filter(m -> m.get("resource_type").asText().equals(kind.type())));
    } else {
      for (Long id : resourceIds) {
        found.addAll(table.where(RESOURCE, kind.type() + ":" + id));
      }
      found.sort((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong()));
    }
    List<ObjectNode> shown = Filter.of(request).eq("key", "key").in("key:in", "key").eq("namespace", "namespace")
        .in("namespace:in", "namespace").dateRange("date_created").dateRange("date_modified")
        .and(m -> canSee(request, m)).apply(found);
    if ("desc".equalsIgnoreCase(request.query("direction"))) {
      shown = new ArrayList<>(shown);
      java.util.Collections.reverse(shown);
    }
    List<ObjectNode> rendered = shown.stream().map(m -> Shape.fields(request, render(kind, m), "id")).toList();
    return Pages.cursorOrOffset(request, rendered, "id", bothMeta);
  }

  // ---- batch operations

  private enum BatchOp { CREATE, UPDATE, DELETE }

  private Response batch(Request request, Kind kind, BatchOp op) {
    ArrayNode data = Json.array();
    ArrayNode errors = Json.array();
    JsonNode body;
    try {
      body = request.json();
      if (!body.isArray() || body.isEmpty()) {
        throw ApiException.unprocessable("body", "The request body must be a non-empty array");
      }
    } catch (ApiException e) {
      addError(errors, e);
      return batchAnswer(data, errors, 0);
    }
    for (int i = 0; i < body.size(); i++) {
      JsonNode item = body.get(i);
      try {
        switch (op) {
          case CREATE -> {
            ObjectNode fields = Check.object(item, "[" + i + "]");
            long resourceId = "store".equals(kind.type()) ? 0 : Check.id(fields, "resource_id");
            if (!kind.exists().test(request, resourceId)) {
              throw ApiException.unprocessable("resource_id", kind.type() + " " + resourceId + " does not exist");
            }
            data.add(create(request, kind, resourceId, fields));
          }
          case UPDATE -> {
            ObjectNode fields = Check.object(item, "[" + i + "]");
            data.add(render(kind, update(request, batchTarget(request, kind, Check.id(fields, "id")), fields)));
          }
          case DELETE -> {
            ObjectNode metafield = batchTarget(request, kind, item.asLong());
            requireWritable(request, metafield, null);
            request.table(METAFIELDS).delete(metafield.get("id").asLong());
            data.add(item.asLong());
          }
        }
      } catch (ApiException e) {
        addError(errors, e);
      }
    }
    return batchAnswer(data, errors, body.size());
  }

  private static void addError(ArrayNode errors, ApiException e) {
    ObjectNode error = errors.addObject();
    error.put("status", e.status());
    error.put("title", e.title());
    error.put("type", ApiException.TYPE);
    error.set("errors", e.errors() == null ? Json.object() : e.errors());
  }

  /** 200 when every item succeeded, else 422 "partial success" keeping the items that did. */
  private static Response batchAnswer(ArrayNode data, ArrayNode errors, int total) {
    ObjectNode out = Json.object();
    out.set("data", data);
    out.set("errors", errors);
    ObjectNode meta = out.putObject("meta");
    meta.put("total", total);
    meta.put("success", data.size());
    meta.put("failed", errors.size());
    return Response.json(errors.isEmpty() ? 200 : 422, out).committing();
  }

  private static ObjectNode batchTarget(Request request, Kind kind, long id) {
    ObjectNode metafield = request.table(METAFIELDS).find(id)
        .filter(m -> m.get("resource_type").asText().equals(kind.type()))
        .orElseThrow(() -> ApiException.notFound("Metafield " + id + " does not exist"));
    return visible(request, metafield);
  }

  private static ObjectNode render(Kind kind, ObjectNode metafield) {
    ObjectNode out = metafield.deepCopy();
    out.remove(RESOURCE);
    if ("store".equals(kind.type())) {
      out.put("id", metafield.get("id").asText());
      out.put("resource_id", "");
    }
    return out;
  }
}
