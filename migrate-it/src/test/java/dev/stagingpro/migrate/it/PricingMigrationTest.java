package dev.stagingpro.migrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.PlanText;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.PriceListAssignment;
import dev.stagingpro.core.store.model.PriceRecord;
import dev.stagingpro.core.store.model.ShippingZone;
import dev.stagingpro.core.store.model.ShippingZoneLocation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Price lists with their records and assignments, and shipping zones. */
class PricingMigrationTest extends TwoStoreTest {
  @Override
  void seed() {
    Catalog.seed(production);
    Catalog.assertComplete(production.customerGroups().create(List.of(CustomerGroup.named("Wholesale"))));
    Catalog.assertComplete(production.priceLists().create(List.of(PriceList.named("Wholesale prices"))));
    int list = production.priceLists().findByName("Wholesale prices").orElseThrow().id();
    Catalog.assertComplete(production.priceLists().upsertRecords(list, List.of(
        PriceRecord.bySku("SHIRT-1-S", "USD", new BigDecimal("15.00")), PriceRecord.bySku("MUG-1", "USD", new BigDecimal("7.00")))));
    int group = production.customerGroups().list(ListQuery.where("name", "Wholesale")).findFirst().orElseThrow().id();
    Catalog.assertComplete(production.priceLists().assign(List.of(PriceListAssignment.of(list, group, null))));
    Catalog.assertComplete(production.shippingZones().create(List.of(ShippingZone.of("Europe", "country",
        List.of(ShippingZoneLocation.country("DE"), ShippingZoneLocation.country("FR"))))));
  }

  @Test
  void pricesAssignmentsAndZonesComeWithWhatTheyNeedAndARerunChangesNothing() {
    stores.manifest(TwoStores.migration("pricing", "selective", "price_list_records, price_list_assignments, shipping_zones"));

    OperationResult planned = stores.plan();
    assertThat(planned.lines()).anyMatch(l -> l.contains("products (pulled in by price_list_records)"));
    Plan plan = (Plan) planned.data();
    assertThat(plan.migrations().get(0).changes()).filteredOn(c -> c.changeClass() == ChangeClass.CREATE)
        .extracting(c -> c.entity().key() + ":" + c.key())
        .contains("products:SHIRT-1", "products:MUG-1", "price_lists:Wholesale prices", "customer_groups:Wholesale",
            "price_list_records:Wholesale prices|USD|SHIRT-1-S", "price_list_assignments:Wholesale prices|Wholesale|*",
            "shipping_zones:Europe")
        .doesNotContain("products:LAMP-1");

    OperationResult applied = stores.apply();
    assertThat(applied.success()).as(String.join("\n", applied.lines())).isTrue();

    int list = staging.priceLists().findByName("Wholesale prices").orElseThrow().id();
    assertThat(staging.priceLists().records(list, ListQuery.all()).toList())
        .extracting(r -> r.sku() + "=" + r.price().stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder("SHIRT-1-S=15", "MUG-1=7");
    assertThat(staging.priceLists().assignments(ListQuery.all()).toList()).singleElement()
        .satisfies(a -> assertThat(a.customerGroupId()).isNotNull());
    assertThat(staging.shippingZones().list()).extracting(ShippingZone::name).contains("Europe");
    Plan again = (Plan) stores.plan().data();
    assertThat(again.writes()).as(String.join("\n", PlanText.lines(again))).isZero();
  }
}
