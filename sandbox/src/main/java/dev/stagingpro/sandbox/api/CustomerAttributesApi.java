package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Customer attributes (at most 50 per store, name unique, type string/number/date fixed after
 * creation) and their values per customer, upserted by (customer, attribute) for at most 10
 * customers per request.
 */
public final class CustomerAttributesApi implements ApiArea {
  public static final TableSpec ATTRIBUTES = TableSpec.of("customer_attributes", "attribute", "name").ignoringCase("name");
  public static final TableSpec VALUES = TableSpec.of("customer_attribute_values", "attribute_value", "customer_id");
  public static final int STORE_LIMIT = 50;
  public static final int CUSTOMERS_PER_REQUEST = 10;
  private static final Set<String> TYPES = Set.of("string", "number", "date");

  @Override
  public void register(Routes routes) {
    int cap = CustomersApi.CONCURRENCY;
    routes.get("/v3/customers/attributes", r -> Pages.offset(r, Filter.of(r).eq("name", "name").like("name:like", "name")
        .eq("type", "type").in("id:in", "id").apply(r.table(ATTRIBUTES).all()))).concurrencyCap(cap);
    routes.post("/v3/customers/attributes", r -> Response.data(Check.eachItem(Check.batch(r.json(), Integer.MAX_VALUE),
        item -> createAttribute(r, item)))).concurrencyCap(cap);
    routes.put("/v3/customers/attributes", r -> Response.data(Check.eachItem(Check.batch(r.json(), Integer.MAX_VALUE),
        item -> updateAttribute(r, item)))).concurrencyCap(cap);
    routes.delete("/v3/customers/attributes", this::deleteAttributes).concurrencyCap(cap);
    routes.get("/v3/customers/attribute-values", r -> Pages.offset(r, Filter.of(r).in("customer_id:in", "customer_id")
        .in("attribute_id:in", "attribute_id").apply(r.table(VALUES).all()))).concurrencyCap(cap);
    routes.put("/v3/customers/attribute-values", this::putValues).concurrencyCap(cap);
    routes.delete("/v3/customers/attribute-values", r -> {
      requireIds(r);
      r.longs("id:in").forEach(id -> r.table(VALUES).delete(id));
      return Response.noContent();
    }).concurrencyCap(cap);
  }

  private static ObjectNode createAttribute(Request request, ObjectNode item) {
    Table attributes = request.table(ATTRIBUTES);
    String name = Check.text(item, "name", 255);
    String type = Check.oneOf(item, "type", TYPES);
    if (attributes.size() >= STORE_LIMIT) {
      throw ApiException.unprocessable("name", "A store has at most " + STORE_LIMIT + " customer attributes");
    }
    uniqueName(attributes, name, 0);
    ObjectNode attribute = attributes.blank();
    attribute.put("id", attributes.nextId());
    attribute.put("name", name);
    attribute.put("type", type);
    String now = Times.v3(request.now());
    attribute.put("date_created", now);
    attribute.put("date_modified", now);
    attributes.save(attribute);
    return attribute;
  }

  private static ObjectNode updateAttribute(Request request, ObjectNode item) {
    Table attributes = request.table(ATTRIBUTES);
    ObjectNode attribute = attributes.require(Check.id(item, "id"), "Customer attribute");
    if (item.has("type") && !item.get("type").asText().equals(attribute.get("type").asText())) {
      throw ApiException.unprocessable("type", "The type of a customer attribute cannot change");
    }
    if (item.has("name")) {
      String name = Check.text(item, "name", 255);
      uniqueName(attributes, name, attribute.get("id").asLong());
      attribute.put("name", name);
    }
    attribute.put("date_modified", Times.v3(request.now()));
    attributes.save(attribute);
    return attribute;
  }

  private static void uniqueName(Table attributes, String name, long self) {
    for (ObjectNode other : attributes.where("name", name)) {
      if (other.get("id").asLong() != self) {
        throw ApiException.unprocessable("name", "A customer attribute named '" + name + "' already exists");
      }
    }
  }

  private Response deleteAttributes(Request request) {
    requireIds(request);
    for (Long id : request.longs("id:in")) {
      if (request.table(ATTRIBUTES).delete(id)) {
        Table values = request.table(VALUES);
        values.filter(v -> v.get("attribute_id").asLong() == id).forEach(v -> values.delete(v.get("id").asLong()));
      }
    }
    return Response.noContent();
  }

  private Response putValues(Request request) {
    ArrayNode items = Check.batch(request.json(), Integer.MAX_VALUE);
    Set<Long> customers = new HashSet<>();
    items.forEach(i -> customers.add(i.path("customer_id").asLong()));
    if (customers.size() > CUSTOMERS_PER_REQUEST) {
      throw ApiException.tooLarge(CUSTOMERS_PER_REQUEST);
    }
    return Response.data(Check.eachItem(items, item -> upsertValue(request, item)));
  }

  /** Sets one attribute value of a customer ({@code value} or {@code attribute_value}), checked against the type. */
  ObjectNode upsertValue(Request request, ObjectNode item) {
    long customerId = Check.id(item, "customer_id");
    long attributeId = Check.id(item, "attribute_id");
    if (!request.table(CustomersApi.CUSTOMERS).contains(customerId)) {
      throw ApiException.unprocessable("customer_id", "Customer " + customerId + " does not exist");
    }
    ObjectNode attribute = request.table(ATTRIBUTES).find(attributeId)
        .orElseThrow(() -> ApiException.unprocessable("attribute_id", "Customer attribute " + attributeId + " does not exist"));
    String field = item.has("value") ? "value" : "attribute_value";
    String value = Check.text(item, field, 255);
    checkType(attribute.get("type").asText(), value, field);
    Table values = request.table(VALUES);
    ObjectNode stored = values.where("customer_id", customerId).stream()
        .filter(v -> v.get("attribute_id").asLong() == attributeId).findFirst().orElse(null);
    String now = Times.v3(request.now());
    if (stored == null) {
      stored = values.blank();
      stored.put("id", values.nextId());
      stored.put("customer_id", customerId);
      stored.put("attribute_id", attributeId);
      stored.put("date_created", now);
    }
    stored.put("attribute_value", value);
    stored.put("date_modified", now);
    values.save(stored);
    return stored;
  }

  private static void checkType(String type, String value, String field) {
    try {
      if ("number".equals(type)) {
        Double.parseDouble(value);
      } else if ("date".equals(type)) {
        if (value.length() == 10) {
          java.time.LocalDate.parse(value);
        } else {
          OffsetDateTime.parse(value);
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw ApiException.unprocessable(field, "'" + value + "' is not a valid " + type);
    }
  }

  List<ObjectNode> valuesOf(Request request, long customerId) {
    return request.table(VALUES).where("customer_id", customerId);
  }

  void deleteValuesOf(Request request, long customerId) {
    valuesOf(request, customerId).forEach(v -> request.table(VALUES).delete(v.get("id").asLong()));
  }

  private static void requireIds(Request request) {
    if (!request.has("id:in")) {
      throw ApiException.unprocessable("id:in", "Deleting needs the id:in filter");
    }
  }

}
