package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import java.util.Set;

/** Product modifiers (text fields, checkboxes, pickers) with their values and adjusters. */
public final class ModifiersApi extends ValuedChild {
  public ModifiersApi() {
    super("modifiers", "modifier_id", "Modifier", "modifier_value",
        Set.of("date", "checkbox", "file", "text", "multi_line_text", "numbers_only_text", "radio_buttons",
            "rectangles", "dropdown", "product_list", "product_list_with_images", "swatch"));
  }

  @Override
  protected void fillKind(ObjectNode record, ObjectNode body, boolean create) {
    if (create && (!body.has("required") || !body.get("required").isBoolean())) {
      throw ApiException.unprocessable("required", "required is required and must be true or false");
    }
    copy(body, record, "required");
  }

  @Override
  protected boolean needsValues() {
    return false;
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    record.put("name", record.path("display_name").asText() + record.path("id").asLong());
    return record;
  }
}
