package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;

/**
 * A collection that belongs to a product ({@code /v3/catalog/products/{product_id}/<segment>}):
 * list, create, get, update and delete, plus the same create/update used when the records come
 * nested in a product body. Subclasses say how a record is built from a body and rendered.
 */
public abstract class ProductChild implements ApiArea {
  private final TableSpec spec;
  private final String segment;
  private final String idParam;
  private final String what;

  protected ProductChild(TableSpec spec, String segment, String idParam, String what) {
    this.spec = spec;
    this.segment = segment;
    this.idParam = idParam;
    this.what = what;
  }

  /**
   * Validates {@code body} and fills {@code record} (a blank record on create, the stored one on
   * update). Throws {@link ApiException} with the field at fault.
   */
  protected abstract void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create);

  /** The record as the API shows it (computed fields added, internal ones removed). */
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    return record;
  }

  /** How many of these records one product may have (BigCommerce's platform limits). */
  protected int perProductLimit() {
    return Integer.MAX_VALUE;
  }

  /** Called before a record is deleted (to remove what depends on it). */
  protected void beforeDelete(Request request, ObjectNode record) {}

  public String segment() {
    return segment;
  }

  public TableSpec spec() {
    return spec;
  }

  @Override
  public void register(Routes routes) {
    String base = "/v3/catalog/products/{product_id}/" + segment;
    routes.get(base, this::list);
    routes.post(base, r -> Response.data(create(r, ProductsApi.product(r), r.jsonObject())));
    routes.get(base + "/{" + idParam + "}", r -> {
      ObjectNode product = ProductsApi.product(r);
      return Response.data(Shape.fields(r, render(r, product, find(r, product)), "id"));
    });
    routes.put(base + "/{" + idParam + "}", r -> {
      ObjectNode product = ProductsApi.product(r);
      return Response.data(update(r, product, find(r, product), r.jsonObject()));
    });
    routes.delete(base + "/{" + idParam + "}", r -> {
      ObjectNode product = ProductsApi.product(r);
      delete(r, find(r, product));
      ProductsApi.touch(r, product);
      return Response.noContent();
    });
  }

  protected Response list(Request request) {
    ObjectNode product = ProductsApi.product(request);
    List<ObjectNode> records = of(request, product.get("id").asLong()).stream()
        .map(r -> Shape.fields(request, render(request, product, r), "id")).toList();
    return Pages.offset(request, records);
  }

  /** The record of the path's id, which must belong to {@code product}. */
  protected ObjectNode find(Request request, ObjectNode product) {
    long id = request.id(idParam);
    ObjectNode record = table(request).find(id)
        .filter(r -> r.path("product_id").asLong() == product.get("id").asLong())
        .orElseThrow(() -> ApiException.notFound(what + " " + id + " does not exist on product " + product.get("id")));
    return record;
  }

  /** The product's records in id order, unrendered. */
  public List<ObjectNode> of(Request request, long productId) {
    return table(request).where("product_id", productId);
  }

  /** The product's records as the API shows them (for {@code include=}). */
  public List<ObjectNode> rendered(Request request, ObjectNode product) {
    return of(request, product.get("id").asLong()).stream().map(r -> render(request, product, r)).toList();
  }

  public ObjectNode create(Request request, ObjectNode product, ObjectNode body) {
    Table table = table(request);
    if (of(request, product.get("id").asLong()).size() >= perProductLimit()) {
      throw ApiException.unprocessable(segment, "A product has at most " + perProductLimit() + " " + segment);
    }
    ObjectNode record = table.blank();
    fill(request, product, record, body, true);
    record.put("id", table.nextId());
    record.put("product_id", product.get("id").asLong());
    table.save(record);
    ProductsApi.touch(request, product);
    return render(request, product, record);
  }

  public ObjectNode update(Request request, ObjectNode product, ObjectNode record, ObjectNode body) {
    fill(request, product, record, body, false);
    table(request).save(record);
    ProductsApi.touch(request, product);
    return render(request, product, record);
  }

  /** Nested records in a product body: items with an id update, items without one are created. */
  public void upsertAll(Request request, ObjectNode product, JsonNode items) {
    if (items == null || items.isNull()) {
      return;
    }
    if (!items.isArray()) {
      throw ApiException.unprocessable(segment, segment + " must be an array");
    }
    for (int i = 0; i < items.size(); i++) {
      Check.object(items.get(i), segment + "[" + i + "]");
    }
    Check.eachItem((ArrayNode) items, item -> {
      if (item.hasNonNull("id") && item.get("id").asLong() > 0) {
        long id = item.get("id").asLong();
        ObjectNode existing = table(request).find(id)
            .filter(r -> r.path("product_id").asLong() == product.get("id").asLong())
            .orElseThrow(() -> ApiException.notFound(what + " " + id + " does not exist on this product"));
        return update(request, product, existing, item);
      }
      return create(request, product, item);
    });
  }

  public void delete(Request request, ObjectNode record) {
    beforeDelete(request, record);
    table(request).delete(record.get("id").asLong());
  }

  public void deleteAllOf(Request request, long productId) {
    for (ObjectNode record : of(request, productId)) {
      delete(request, record);
    }
  }

  protected Table table(Request request) {
    return request.table(spec);
  }

  /** Copies the listed fields from body to record when present. */
  protected static void copy(ObjectNode body, ObjectNode record, String... fields) {
    for (String field : fields) {
      if (body.has(field)) {
        record.set(field, body.get(field).deepCopy());
      }
    }
  }
}
