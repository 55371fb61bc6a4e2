package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;

/** Product custom fields: name and value (1-250 characters); the same pair twice on a product is a 409. */
public final class CustomFieldsApi extends ProductChild {
  public CustomFieldsApi() {
    super(Catalog.CUSTOM_FIELDS, "custom-fields", "custom_field_id", "Custom field");
  }

  @Override
  protected int perProductLimit() {
    return 200;
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    String name = create || body.has("name") ? Check.text(body, "name", 250) : record.get("name").asText();
    String value = create || body.has("value") ? Check.text(body, "value", 250) : record.get("value").asText();
    for (ObjectNode other : of(request, product.get("id").asLong())) {
      if (other.get("id").asLong() != record.path("id").asLong()
          && other.get("name").asText().equals(name) && other.get("value").asText().equals(value)) {
        throw ApiException.conflict("The custom field already exists on this product", "name", name + "=" + value);
      }
    }
    record.put("name", name);
    record.put("value", value);
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    record.remove("product_id");
    return record;
  }
}
