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
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Set;

/**
 * Customer addresses. Creating an exact duplicate of an existing address is a silent no-op: the
 * answer is 200 and the duplicate is simply missing from {@code data}, as on BigCommerce.
 */
public final class CustomerAddressesApi implements ApiArea {
  public static final TableSpec ADDRESSES = TableSpec.of("customer_addresses", "address", "customer_id");
  private static final Set<String> FIELDS = Set.of("first_name", "last_name", "company", "address1", "address2", "city",
      "state_or_province", "postal_code", "country_code", "phone", "address_type", "form_fields");
  /** The fields that make two addresses the same address. */
  private static final List<String> IDENTITY = List.of("first_name", "last_name", "company", "phone", "address_type",
      "address1", "address2", "city", "country_code", "state_or_province", "postal_code");
  private static final int POST_CONCURRENCY = 10;

  @Override
  public void register(Routes routes) {
    routes.get("/v3/customers/addresses", this::list).concurrencyCap(CustomersApi.CONCURRENCY);
    routes.post("/v3/customers/addresses", r -> Response.data(
        Check.eachItem(Check.batch(r.json(), Integer.MAX_VALUE), item -> create(r, item)))).concurrencyCap(POST_CONCURRENCY);
    routes.put("/v3/customers/addresses", r -> Response.data(
        Check.eachItem(Check.batch(r.json(), Integer.MAX_VALUE), item -> update(r, item)))).concurrencyCap(CustomersApi.CONCURRENCY);
    routes.delete("/v3/customers/addresses", this::delete).concurrencyCap(CustomersApi.CONCURRENCY);
  }

  private Response list(Request request) {
    List<ObjectNode> addresses = Filter.of(request).in("id:in", "id").in("customer_id:in", "customer_id")
        .in("company:in", "company").apply(request.table(ADDRESSES).all());
    return Pages.offset(request, addresses);
  }

  /** Creates an address, or returns null when the customer already has exactly this address. */
  ObjectNode create(Request request, ObjectNode item) {
    long customerId = Check.id(item, "customer_id");
    if (!request.table(CustomersApi.CUSTOMERS).contains(customerId)) {
      throw ApiException.unprocessable("customer_id", "Customer " + customerId + " does not exist");
    }
    for (String field : List.of("first_name", "last_name", "address1", "city", "state_or_province", "postal_code")) {
      Check.text(item, field, 255);
    }
    String country = Check.text(item, "country_code", 2);
    if (country.length() != 2) {
      throw ApiException.unprocessable("country_code", "country_code is a two-letter ISO code");
    }
    Check.optionalOneOf(item, "address_type", Set.of("residential", "commercial"));
    Table addresses = request.table(ADDRESSES);
    ObjectNode address = addresses.blank();
    Json.copyFields(item, address, FIELDS);
    address.put("customer_id", customerId);
    for (ObjectNode existing : of(request, customerId)) {
      if (IDENTITY.stream().allMatch(f -> existing.path(f).asText().equalsIgnoreCase(address.path(f).asText()))) {
        return null;
      }
    }
    address.put("id", addresses.nextId());
    address.put("country", countryName(address.get("country_code").asText()));
    addresses.save(address);
    return address;
  }

  private ObjectNode update(Request request, ObjectNode item) {
    Table addresses = request.table(ADDRESSES);
    ObjectNode address = addresses.require(Check.id(item, "id"), "Address");
    Json.copyFields(item, address, FIELDS);
    address.put("country", countryName(address.get("country_code").asText()));
    addresses.save(address);
    return address;
  }

  private static String countryName(String code) {
    String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private Response delete(Request request) {
    if (!request.has("id:in")) {
      throw ApiException.unprocessable("id:in", "Deleting addresses needs the id:in filter");
    }
    request.longs("id:in").forEach(id -> request.table(ADDRESSES).delete(id));
    return Response.noContent();
  }

  List<ObjectNode> of(Request request, long customerId) {
    return request.table(ADDRESSES).where("customer_id", customerId);
  }

  void deleteAllOf(Request request, long customerId) {
    of(request, customerId).forEach(a -> request.table(ADDRESSES).delete(a.get("id").asLong()));
  }

  /** Replaces an address's form field values (from the form-field-values endpoint). */
  void setFormField(Request request, long addressId, String name, JsonNode value) {
    Table addresses = request.table(ADDRESSES);
    ObjectNode address = addresses.require(addressId, "Address");
    address.set("form_fields", FormFields.put((ArrayNode) address.withArray("form_fields"), name, value));
    addresses.save(address);
  }

}
