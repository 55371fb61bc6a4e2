package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomersTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final ApiClient api = ApiClient.of(sandbox.store("customers"));

  @Test
  void customersWithNestedAddressesAttributesAndStoreCredit() {
    long attribute = api.post("/v3/customers/attributes", List.of(map("name", "Loyalty", "type", "number"))).data()
        .get(0).get("id").asLong();
    long group = api.post("/v2/customer_groups", map("name", "Wholesale")).json().get("id").asLong();
    ApiResponse created = api.post("/v3/customers", List.of(map(
        "email", "Ada@Example.com", "first_name", "Ada", "last_name", "Lovelace", "customer_group_id", group,
        "authentication", map("new_password", "S3cret-pass!", "force_password_reset", false),
        "store_credit_amounts", List.of(map("amount", 12.5)),
        "addresses", List.of(address()),
        "attributes", List.of(map("attribute_id", attribute, "attribute_value", "7")))));
    assertThat(created.status()).isEqualTo(200);
    long id = created.data().get(0).get("id").asLong();

    JsonNode found = api.get("/v3/customers?email:in=ada@example.com&include=addresses,attributes,storecredit").data();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("address_count").asInt()).isEqualTo(1);
    assertThat(found.get(0).at("/attributes/0/attribute_value").asText()).isEqualTo("7");
    assertThat(found.get(0).at("/store_credit_amounts/0/amount").asDouble()).isEqualTo(12.5);
    assertThat(found.get(0).has("authentication") && found.get(0).get("authentication").has("new_password")).isFalse();

    ApiResponse duplicate = api.responseOnly().post("/v3/customers", List.of(map("email", "ADA@example.com", "first_name", "A", "last_name", "L")));
    assertThat(duplicate.status()).isEqualTo(422);

    Map<String, Object> again = address();
    again.put("customer_id", id);
    ApiResponse silent = api.post("/v3/customers/addresses", List.of(again));
    assertThat(silent.status()).isEqualTo(200);
    assertThat(silent.data()).isEmpty();

    ApiResponse badValue = api.responseOnly().put("/v3/customers/attribute-values",
        List.of(map("customer_id", id, "attribute_id", attribute, "value", "lots")));
    assertThat(badValue.status()).isEqualTo(422);
    assertThat(api.put("/v3/customers/attribute-values", List.of(map("customer_id", id, "attribute_id", attribute, "value", "9")))
        .data().get(0).get("attribute_value").asText()).isEqualTo("9");

    assertThat(api.delete("/v2/customer_groups/" + group).status()).isEqualTo(204);
    assertThat(api.get("/v3/customers?id:in=" + id).data().get(0).get("customer_group_id").asLong()).isZero();
  }

  @Test
  void batchLimitsAndCursorPaging() {
    List<Map<String, Object>> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(map("email", "bulk" + i + "@example.com", "first_name", "B", "last_name", "Ulk"));
    }
    assertThat(api.post("/v3/customers", eleven).status()).isEqualTo(413);
    assertThat(api.post("/v3/customers", eleven.subList(0, 10)).data()).hasSize(10);
    ApiResponse first = api.get("/v3/customers?name:like=ulk&limit=4");
    assertThat(first.data()).hasSize(4);
    String cursor = first.json().at("/meta/cursor_pagination/end_cursor").asText();
    ApiResponse next = api.get("/v3/customers?name:like=ulk&limit=4&after=" + cursor);
    assertThat(next.data().get(0).get("email").asText()).isEqualTo("bulk4@example.com");
    assertThat(api.responseOnly().get("/v3/customers?after=" + cursor + "&page=2").status()).isEqualTo(422);
  }

  @Test
  void customerGroupsAreUniqueByNameAndPriceListRulesStandAlone() {
    assertThat(api.post("/v2/customer_groups", map("name", "Retail")).status()).isEqualTo(200);
    assertThat(api.post("/v2/customer_groups", map("name", "Retail")).status()).isEqualTo(409);
    ApiResponse mixed = api.responseOnly().post("/v2/customer_groups", map("name", "Mixed", "discount_rules", List.of(
        map("type", "price_list", "price_list_id", 1), map("type", "all", "method", "percent", "amount", "5"))));
    assertThat(mixed.status()).isEqualTo(422);
    assertThat(api.get("/v2/customer_groups?name=Retail").json()).hasSize(1);
    assertThat(api.get("/v2/customer_groups/count").json().get("count").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void formFieldValuesAreKeptPerCustomer() {
    long id = api.post("/v3/customers", List.of(map("email", "form@example.com", "first_name", "F", "last_name", "F")))
        .data().get(0).get("id").asLong();
    assertThat(api.put("/v3/customers/form-field-values", List.of(map("name", "Referral", "value", "Fair", "customer_id", id)))
        .status()).isEqualTo(200);
    assertThat(api.get("/v3/customers/form-field-values?customer_id=" + id).data().get(0).get("value").asText()).isEqualTo("Fair");
    assertThat(api.get("/v3/customers?id:in=" + id + "&include=formfields").data().get(0).at("/form_fields/0/name").asText())
        .isEqualTo("Referral");
  }

  static Map<String, Object> address() {
    return map("first_name", "Ada", "last_name", "Lovelace", "address1", "1 Main St", "city", "London",
        "state_or_province", "London", "postal_code", "N1", "country_code", "GB");
  }
}
