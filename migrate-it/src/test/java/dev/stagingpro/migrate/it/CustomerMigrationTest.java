package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.CustomerAnonymiser;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.StoreCredit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer groups and customers, as they are and anonymised. */
class CustomerMigrationTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.assertComplete(production.customerGroups().create(List.of(CustomerGroup.named("Wholesale"), CustomerGroup.named("Retail"))));
    int wholesale = group(production, "Wholesale").id();
    Catalog.assertComplete(production.customers().create(List.of(
        Customer.draft("Ada@Example.com", "Ada", "Lovelace").toBuilder().customerGroupId(wholesale).phone("+44 20 1234")
            .company("Analytical Engines").addresses(List.of(address("1 Engine Road"))).storeCreditAmounts(List.of(new StoreCredit(new BigDecimal("25"))))
            .build(),
        Customer.draft("grace@example.com", "Grace", "Hopper"))));
  }

  static CustomerAddress address(String street) {
    return new CustomerAddress(null, null, "Ada", "Lovelace", "Analytical Engines", street, "", "London", "London", "N1 1AA", "GB",
        "+44 20 1234", "residential", null, null);
  }

  static CustomerGroup group(StoreConnector store, String name) {
    return store.customerGroups().list(ListQuery.where("name", name)).findFirst().orElseThrow();
  }

  static List<Customer> customers(StoreConnector store) {
    return store.customers().list(ListQuery.all().include("addresses", "storecredit")).toList();
  }

  @Test
  void customersComeWithTheirGroupAndAddressesAndAReRunChangesNothing() {
    stores.manifest(TwoStores.migration("people", "selective", "customers"));

    Plan plan = (Plan) stores.plan().data();
    assertThat(plan.count(ChangeClass.CREATE)).as("the one group a customer is in, and both customers").isEqualTo(3);
    OperationResult applied = stores.apply();
    assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();

    Customer ada = customers(staging).stream().filter(c -> c.email().equalsIgnoreCase("ada@example.com")).findFirst().orElseThrow();
    assertThat(ada.customerGroupId()).isEqualTo(group(staging, "Wholesale").id());
    assertThat(ada.addresses()).extracting(CustomerAddress::address1).containsExactly("1 Engine Road");
    Plan again = (Plan) stores.plan().data();
    assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();

    Customer source = customers(production).stream().filter(c -> c.email().equalsIgnoreCase("ada@example.com")).findFirst().orElseThrow();
    Catalog.assertComplete(production.customers().createAddresses(List.of(new CustomerAddress(null, source.id(), "Ada", "Lovelace", "",
        "2 Babbage Lane", "", "Cambridge", "Cambridgeshire", "CB1 1AA", "GB", "", "commercial", null, null))));
    assertThat(stores.apply().success()).isTrue();
    assertThat(customers(staging).stream().filter(c -> c.email().equalsIgnoreCase("ada@example.com")).findFirst().orElseThrow().addresses())
        .extracting(CustomerAddress::address1).containsExactlyInAnyOrder("1 Engine Road", "2 Babbage Lane");
    assertThat(((Plan) stores.plan().data()).writes()).isZero();
  }

  @Test
  void anonymisedCustomersAreTheSameFakesOnEveryRunWithNoStoreCredit() {
    stores.manifest(TwoStores.migration("people", "selective", "customers", "options: { anonymise_customers: true }"));

    assertThat(stores.apply().success()).isTrue();

    List<Customer> copied = customers(staging);
    assertThat(copied).extracting(Customer::email).containsExactlyInAnyOrder(
        CustomerAnonymiser.fakeEmail("ada@example.com"), CustomerAnonymiser.fakeEmail("grace@example.com"));
    Customer ada = copied.stream().filter(c -> c.email().equals(CustomerAnonymiser.fakeEmail("ada@example.com"))).findFirst().orElseThrow();
    assertThat(ada.firstName()).isNotEqualTo("Ada");
    assertThat(ada.phone()).isEmpty();
    assertThat(ada.addresses()).singleElement().satisfies(a -> assertThat(a.address1()).isEqualTo("1 Example Street"));
    assertThat(ada.storeCreditAmounts()).allSatisfy(c -> assertThat(c.amount()).isZero());
    assertThat(((Plan) stores.plan().data()).writes()).isZero();
    assertThat(customers(staging)).hasSize(2);
  }
}
