package dev.stagingpro.core.migrate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ProductDraftsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SHIRT = """
      {"sku": "SHIRT",
       "options": [{"display_name": "Size", "option_values": [
         {"label": "L", "sort_order": 2}, {"label": "S", "sort_order": 0}, {"label": "M", "sort_order": 1}]}],
       "variants": [
         {"sku": "SHIRT-L", "option_values": [{"option_display_name": "Size", "label": "L"}]},
         {"sku": "SHIRT-M", "option_values": [{"option_display_name": "Size", "label": "M"}]},
         {"sku": "SHIRT-S", "option_values": [{"option_display_name": "Size", "label": "S"}]}]}
      """;

  @Test
  void variantsAreSentInTheOrderOfTheirValuesOnTheSource() throws Exception {
    JsonNode ordered = ProductDrafts.variantsInCreationOrder(JSON.readTree(SHIRT));

    assertThat(ordered).extracting(v -> v.path("sku").asText()).containsExactly("SHIRT-S", "SHIRT-M", "SHIRT-L");
  }

  @Test
  void theStoreIsPredictedToNumberValuesAsTheyFirstAppear() throws Exception {
    ObjectNode shape = (ObjectNode) JSON.readTree("{\"type\": \"dropdown\", \"sort_order\": 0, \"value\": {\"is_default\": false}}");

    JsonNode predicted = ProductCreator.predict(ProductDrafts.variantsInCreationOrder(JSON.readTree(SHIRT)), shape);

    assertThat(predicted).singleElement().satisfies(option -> {
      assertThat(option.path("display_name").asText()).isEqualTo("Size");
      assertThat(option.path("type").asText()).isEqualTo("dropdown");
      assertThat(option.path("option_values")).extracting(v -> v.path("label").asText() + v.path("sort_order").asInt()
          + v.path("is_default").asBoolean()).containsExactly("S0false", "M1false", "L2false");
    });
  }
}
