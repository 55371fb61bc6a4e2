package dev.stagingpro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.gen.DataSpec;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneratorTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();

  @Test
  void theSameSeedGivesTheSameStoreAndTheDataIsServedWithinTheContract() {
    ApiClient first = ApiClient.of(sandbox.store("gen-a").generate(DataSpec.of(7, 30)));
    ApiClient second = ApiClient.of(sandbox.store("gen-b").generate(DataSpec.of(7, 30)));
    ApiClient other = ApiClient.of(sandbox.store("gen-c").generate(DataSpec.of(8, 30)));
    String products = "/v3/catalog/products?limit=250&include=variants,custom_fields,options";
    assertThat(stable(first.get(products).data())).isEqualTo(stable(second.get(products).data()));
    assertThat(stable(first.get(products).data())).isNotEqualTo(stable(other.get(products).data()));
    assertThat(first.get("/v3/customers?limit=250&include=addresses").data())
        .isEqualTo(second.get("/v3/customers?limit=250&include=addresses").data());

    JsonNode product = first.get("/v3/catalog/products?limit=1&include=variants,images").data().get(0);
    assertThat(product.get("variants")).hasSize(3);
    assertThat(product.get("images")).hasSize(2);
    JsonNode tree = first.get("/v3/catalog/trees/1/categories").data();
    assertThat(tree.get(0).at("/children/0/children/0/depth").asInt()).isEqualTo(3);
    assertThat(first.get("/v3/catalog/variants?sku=GEN-1-M").data()).hasSize(1);
    assertThat(first.get("/v2/customer_groups").json()).hasSize(3);
  }

  /** Product lists without fields that embed the store hash (none here) or timestamps. */
  private static List<JsonNode> stable(JsonNode products) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode product : products) {
      ObjectNode copy = product.deepCopy();
      copy.remove(List.of("date_created", "date_modified"));
      out.add(copy);
    }
    return out;
  }
}
