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
import java.util.ArrayList;
import java.util.List;

/** Form-field values of customers and addresses ({@code /v3/customers/form-field-values}). */
public final class CustomerFormFieldsApi implements ApiArea {
  private final CustomerAddressesApi addresses;

  public CustomerFormFieldsApi(CustomerAddressesApi addresses) {
    this.addresses = addresses;
  }

  @Override
  public void register(Routes routes) {
    routes.get("/v3/customers/form-field-values", this::list);
    routes.put("/v3/customers/form-field-values", this::put);
  }

  private Response list(Request request) {
    List<ObjectNode> values = new ArrayList<>();
    Long customerId = request.longQuery("customer_id");
    Long addressId = request.longQuery("address_id");
    if (addressId == null) {
      for (ObjectNode customer : customerId == null ? request.table(CustomersApi.CUSTOMERS).all()
          : request.table(CustomersApi.CUSTOMERS).find(customerId).stream().toList()) {
        customer.path("form_fields").forEach(f -> values.add(entry(f, "customer_id", customer.get("id").asLong())));
      }
    }
    if (customerId == null) {
      for (ObjectNode address : addressId == null ? request.table(CustomerAddressesApi.ADDRESSES).all()
          : request.table(CustomerAddressesApi.ADDRESSES).find(addressId).stream().toList()) {
        address.path("form_fields").forEach(f -> values.add(entry(f, "address_id", address.get("id").asLong())));
      }
    }
    String name = request.query("field_name");
    return Pages.offset(request, values.stream().filter(v -> name == null || v.get("name").asText().equals(name)).toList());
  }

  private Response put(Request request) {
    ArrayNode items = Check.batch(request.json(), Integer.MAX_VALUE);
    return Response.data(Check.eachItem(items, item -> {
      String name = Check.text(item, "name", 255);
      JsonNode value = item.get("value");
      if (value == null) {
        throw ApiException.unprocessable("value", "value is required");
      }
      if (item.hasNonNull("address_id")) {
        addresses.setFormField(request, item.get("address_id").asLong(), name, value);
      } else {
        long customerId = Check.id(item, "customer_id");
        Table customers = request.table(CustomersApi.CUSTOMERS);
        ObjectNode customer = customers.require(customerId, "Customer");
        customer.set("form_fields", FormFields.put((ArrayNode) customer.withArray("form_fields"), name, value));
        customers.save(customer);
      }
      return item;
    }));
  }

  private static ObjectNode entry(JsonNode field, String owner, long ownerId) {
    ObjectNode entry = Json.object();
    entry.put("name", field.path("name").asText());
    entry.set("value", field.get("value"));
    entry.put(owner, ownerId);
    return entry;
  }
}
