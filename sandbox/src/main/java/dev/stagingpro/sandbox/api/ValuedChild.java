package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Variant options and modifiers: a display name unique per product (409), a type, and a list of
 * values (each with a label) that also has its own endpoints under {@code .../values}.
 */
public abstract class ValuedChild extends ProductChild {
  /** BigCommerce's limit of values per option. */
  private static final int MAX_VALUES = 250;
  private final String idParam;
  private final String valueTemplate;
  private final Set<String> types;

  protected ValuedChild(String segment, String idParam, String what, String valueTemplate, Set<String> types) {
    super(segment.equals("options") ? Catalog.OPTIONS : Catalog.MODIFIERS, segment, idParam, what);
    this.idParam = idParam;
    this.valueTemplate = valueTemplate;
    this.types = types;
  }

  /** Extra checks and fields of the kind (e.g. a modifier's {@code required}). */
  protected abstract void fillKind(ObjectNode record, ObjectNode body, boolean create);

  /** Whether a new record must come with at least one value. */
  protected abstract boolean needsValues();

  /** Called when a value is removed (variants using it go too). */
  protected void valueRemoved(Request request, ObjectNode record, long valueId) {}

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    String name = create || body.has("display_name") ? Check.text(body, "display_name", 255) : record.get("display_name").asText();
    String type = create || body.has("type") ? Check.oneOf(body, "type", types) : record.get("type").asText();
    for (ObjectNode other : of(request, product.get("id").asLong())) {
      if (other.get("id").asLong() != record.path("id").asLong() && other.get("display_name").asText().equalsIgnoreCase(name)) {
        throw ApiException.conflict("'" + name + "' already exists on this product", "display_name", "display_name must be unique per product");
      }
    }
    fillKind(record, body, create);
    record.put("display_name", name);
    record.put("type", type);
    copy(body, record, "sort_order", "config");
    if (body.has("option_values")) {
      record.set("option_values", values(request, record, body.get("option_values")));
    } else if (create && needsValues()) {
      throw ApiException.unprocessable("option_values", "option_values needs at least one value");
    }
  }

  private ArrayNode values(Request request, ObjectNode record, JsonNode given) {
    if (!given.isArray() || (needsValues() && given.isEmpty())) {
      throw ApiException.unprocessable("option_values", "option_values must be a non-empty array");
    }
    if (given.size() > MAX_VALUES) {
      throw ApiException.unprocessable("option_values", "An option has at most " + MAX_VALUES + " values");
    }
    ArrayNode out = Json.array();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      ObjectNode body = Check.object(given.get(i), "option_values[" + i + "]");
      ObjectNode value = existingValue(record, body.path("id").asLong()).orElseGet(() -> newValue(request, record));
      String label = body.has("label") ? checkLabel(body, "option_values[" + i + "].label") : value.path("label").asText();
      if (labels.contains(label.toLowerCase(java.util.Locale.ROOT))) {
        throw ApiException.conflict("Duplicate value label '" + label + "'", "option_values[" + i + "].label", "Labels must be unique");
      }
      labels.add(label.toLowerCase(java.util.Locale.ROOT));
      copy(body, value, "is_default", "sort_order", "value_data", "adjusters");
      value.put("label", label);
      out.add(value);
    }
    return out;
  }

  private static String checkLabel(ObjectNode body, String field) {
    JsonNode label = body.get("label");
    if (label == null || !label.isTextual() || label.asText().isBlank()) {
      throw ApiException.unprocessable(field, "A value needs a label");
    }
    return label.asText();
  }

  private java.util.Optional<ObjectNode> existingValue(ObjectNode record, long id) {
    if (id <= 0) {
      return java.util.Optional.empty();
    }
    for (JsonNode value : record.path("option_values")) {
      if (value.get("id").asLong() == id) {
        return java.util.Optional.of(((ObjectNode) value).deepCopy());
      }
    }
    throw ApiException.notFound("Value " + id + " does not exist");
  }

  private ObjectNode newValue(Request request, ObjectNode record) {
    ObjectNode value = Json.template(valueTemplate);
    value.put("id", table(request).nextId());
    if (value.has("option_id")) {
      value.put("option_id", record.path("id").asLong());
    }
    return value;
  }

  /** Finds a value by label, adding it when missing (for variants created by option labels). */
  ObjectNode valueByLabel(Request request, ObjectNode record, String label) {
    for (JsonNode value : record.path("option_values")) {
      if (value.get("label").asText().equalsIgnoreCase(label)) {
        return (ObjectNode) value;
      }
    }
    ObjectNode value = newValue(request, record);
    value.put("label", label);
    value.put("sort_order", record.path("option_values").size());
    ((ArrayNode) record.withArray("option_values")).add(value);
    table(request).save(record);
    return value;
  }

  @Override
  public void register(Routes routes) {
    super.register(routes);
    String base = "/v3/catalog/products/{product_id}/" + segment() + "/{" + idParam + "}/values";
    routes.get(base, r -> Pages.offset(r, valueList(find(r, ProductsApi.product(r)))));
    routes.post(base, r -> Response.data(saveValue(r, null)));
    routes.get(base + "/{value_id}", r -> Response.data(value(r, find(r, ProductsApi.product(r)))));
    routes.put(base + "/{value_id}", r -> Response.data(saveValue(r, r.id("value_id"))));
    routes.delete(base + "/{value_id}", r -> {
      ObjectNode record = find(r, ProductsApi.product(r));
      long valueId = value(r, record).get("id").asLong();
      ArrayNode kept = Json.array();
      record.path("option_values").forEach(v -> {
        if (v.get("id").asLong() != valueId) {
          kept.add(v);
        }
      });
      record.set("option_values", kept);
      table(r).save(record);
      valueRemoved(r, record, valueId);
      return Response.noContent();
    });
  }

  private ObjectNode saveValue(Request request, Long valueId) {
    ObjectNode product = ProductsApi.product(request);
    ObjectNode record = find(request, product);
    ObjectNode body = request.jsonObject();
    ArrayNode values = Json.array();
    boolean replaced = false;
    for (JsonNode value : record.path("option_values")) {
      if (valueId != null && value.get("id").asLong() == valueId) {
        ObjectNode merged = ((ObjectNode) value).deepCopy();
        Json.merge(merged, body);
        merged.put("id", valueId);
        values.add(merged);
        replaced = true;
      } else {
        values.add(value);
      }
    }
    if (valueId != null && !replaced) {
      throw ApiException.notFound("Value " + valueId + " does not exist");
    }
    if (valueId == null) {
      ObjectNode added = body.deepCopy();
      added.remove("id");
      values.add(added);
    }
    ObjectNode update = Json.object();
    update.set("option_values", values);
    fill(request, product, record, update, false);
    table(request).save(record);
    ArrayNode saved = (ArrayNode) record.get("option_values");
    return valueId == null ? (ObjectNode) saved.get(saved.size() - 1) : value(record, valueId);
  }

  private List<ObjectNode> valueList(ObjectNode record) {
    List<ObjectNode> out = new ArrayList<>();
    record.path("option_values").forEach(v -> out.add((ObjectNode) v));
    return out;
  }

  private ObjectNode value(Request request, ObjectNode record) {
    return value(record, request.id("value_id"));
  }

  private static ObjectNode value(ObjectNode record, long valueId) {
    for (JsonNode value : record.path("option_values")) {
      if (value.get("id").asLong() == valueId) {
        return (ObjectNode) value;
      }
    }
    throw ApiException.notFound("Value " + valueId + " does not exist");
  }
}
