package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import org.junit.jupiter.api.Test;

class CustomerAnonymiserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PortableRecord customer(String email) throws Exception {
    return PortableRecord.of(Entity.CUSTOMERS, email, (ObjectNode) JSON.readTree((
        "{'email':'" + email + "','first_name':'Jane','last_name':'Doe','phone':'+44 1234','company':'Doe Ltd',"
            + "'store_credit_amounts':[{'amount':50}],'customer_group':'VIP',"
            + "'addresses':[{'first_name':'Jane','last_name':'Doe','address1':'7 Real Road','city':'Leeds','postal_code':'LS1 1AA','phone':'+44 1234','country_code':'GB'}]}")
        .replace('\'', '"')));
  }

  @Test
  void theSameSourceCustomerAlwaysBecomesTheSameFake() throws Exception {
    PortableRecord first = CustomerAnonymiser.anonymise(customer("jane@shop.com"));
    PortableRecord again = CustomerAnonymiser.anonymise(customer("Jane@Shop.com "));

    assertThat(first.key()).isEqualTo(again.key()).endsWith("@anonymised.invalid");
    assertThat(first.fields()).isEqualTo(again.fields());
    assertThat(CustomerAnonymiser.anonymise(customer("other@shop.com")).key()).isNotEqualTo(first.key());
  }

  @Test
  void personalDataIsScrubbedAndStoreCreditDroppedButTheGroupKept() throws Exception {
    ObjectNode fake = CustomerAnonymiser.anonymise(customer("jane@shop.com")).fields();
    String text = fake.toString();

    assertThat(text).doesNotContain("jane@shop.com", "Jane", "Doe", "+44 1234", "7 Real Road", "LS1 1AA");
    assertThat(fake.path("store_credit_amounts")).isEmpty();
    assertThat(fake.path("customer_group").asText()).isEqualTo("VIP");
    assertThat(fake.path("addresses").get(0).path("country_code").asText()).isEqualTo("GB");
  }
}
