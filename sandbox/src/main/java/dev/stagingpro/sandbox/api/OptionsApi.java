package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.Request;
import java.util.Set;

/** Variant options (Color, Size, ...); removing an option or a value removes the variants built on it. */
public final class OptionsApi extends ValuedChild {
  private final VariantsApi variants;

  public OptionsApi(VariantsApi variants) {
    super("options", "option_id", "Option", "option_value",
        Set.of("radio_buttons", "rectangles", "dropdown", "product_list", "product_list_with_images", "swatch"));
    this.variants = variants;
  }

  @Override
  protected void fillKind(ObjectNode record, ObjectNode body, boolean create) {
    // options have no fields beyond the shared ones
  }

  @Override
  protected boolean needsValues() {
    return true;
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    // the unique internal name the platform derives from the display name
    record.put("name", record.path("display_name").asText() + record.path("id").asLong());
    return record;
  }

  @Override
  protected void beforeDelete(Request request, ObjectNode record) {
    variants.removeUsing(request, record.get("product_id").asLong(), record.get("id").asLong(), null);
  }

  @Override
  protected void valueRemoved(Request request, ObjectNode record, long valueId) {
    variants.removeUsing(request, record.get("product_id").asLong(), record.get("id").asLong(), valueId);
  }

  /** Finds the product's option by display name, creating it (as a dropdown) when missing. */
  ObjectNode byDisplayName(Request request, ObjectNode product, String displayName) {
    for (ObjectNode option : of(request, product.get("id").asLong())) {
      if (option.get("display_name").asText().equalsIgnoreCase(displayName)) {
        return option;
      }
    }
    ObjectNode record = table(request).blank();
    record.put("display_name", displayName);
    record.put("type", "dropdown");
    record.put("id", table(request).nextId());
    record.put("product_id", product.get("id").asLong());
    table(request).save(record);
    return record;
  }
}
