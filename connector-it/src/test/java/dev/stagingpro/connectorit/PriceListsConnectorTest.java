package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.PriceListAssignment;
import dev.stagingpro.core.store.model.PriceRecord;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.sandbox.gen.DataSpec;
import dev.stagingpro.sandbox.knobs.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListsConnectorTest extends ConnectedToSandbox {
  @Test
  void listsAreMatchedByNameAndCreatedOnceThroughALostAnswer() {
    sandbox.store().knobs().failNext("POST /v3/pricelists", Fault.COMMIT_THEN_502);

    BatchResult<PriceList> created = connector.priceLists().create(List.of(PriceList.named("Wholesale"), PriceList.named("Retail")));

    assertThat(created.failed()).isEmpty();
    assertThat(connector.metrics().snapshot().recoveredCreates()).isEqualTo(1);
    assertThat(connector.priceLists().list(ListQuery.all())).extracting(PriceList::name)
        .containsExactlyInAnyOrder("Wholesale", "Retail");
    BatchResult<PriceList> duplicate = connector.priceLists().create(List.of(PriceList.named("WHOLESALE")));
    assertThat(duplicate.failed()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(409));

    PriceList wholesale = connector.priceLists().findByName("wholesale").orElseThrow();
    PriceList inactive = connector.priceLists().update(List.of(wholesale.withActive(false))).succeeded().get(0);
    assertThat(inactive.active()).isFalse();
    assertThat(connector.priceLists().delete(List.of(wholesale.id())).failed()).isEmpty();
    assertThat(connector.priceLists().findByName("Wholesale")).isEmpty();
  }

  @Test
  void recordsAreUpsertedAThousandPerRequestTwoAtOnceAndStreamedWithSkus() {
    int list = connector.priceLists().create(List.of(PriceList.named("EU"))).succeeded().get(0).id();
    sandbox.store().generate(new DataSpec(7, 250, 3, 0, 0, 1, 0, 0, 0));
    List<Product> products = connector.products().list(ListQuery.all().include("variants")).toList();
    List<String> skus = products.stream().flatMap(p -> p.variants().stream()).map(ProductVariant::sku).toList();
    String parentSku = products.get(0).sku();
    List<PriceRecord> records = new ArrayList<>();
    for (String currency : List.of("usd", "eur", "gbp")) {
      skus.forEach(sku -> records.add(PriceRecord.bySku(sku, currency, new BigDecimal("9.50"))));
    }
    records.set(7, PriceRecord.bySku(parentSku, "usd", BigDecimal.ONE)); // a parent SKU takes no price
    records.set(8, new PriceRecord(null, null, skus.get(8), "usd", BigDecimal.TEN, null, null, null,
        List.of(new BulkPricingRule(null, 10, null, "percent", BigDecimal.TEN)), null, null, null, null));
    sandbox.store().knobs().latency(Duration.ofMillis(30));

    BatchResult<PriceRecord> result = connector.priceLists().upsertRecords(list, records);

    sandbox.store().knobs().latency(Duration.ZERO);
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(7);
      assertThat(f.message()).contains(parentSku);
    });
    assertThat(result.succeeded()).hasSize(2_249);
    var metrics = connector.metrics().snapshot();
    assertThat(metrics.requestsByEndpoint()).containsEntry("PUT /v3/pricelists/{price_list_id}/records", 3L);
    assertThat(metrics.rateLimited()).as("requests the store refused for exceeding its cap of 2").isZero();

    List<PriceRecord> stored = connector.priceLists().records(list, ListQuery.all()).toList();
    assertThat(stored).hasSize(2_249).allSatisfy(r -> assertThat(r.sku()).isNotBlank());
    assertThat(stored).filteredOn(r -> r.sku().equals(skus.get(8)) && r.currency().equals("usd")).singleElement()
        .satisfies(r -> assertThat(r.bulkPricingTiers()).extracting(BulkPricingRule::quantityMin).containsExactly(10));
    assertThat(connector.priceLists().records(list, ListQuery.where("currency", "eur"))).hasSize(750);

    List<PriceRecord> repriced = List.of(PriceRecord.bySku(stored.get(0).sku(), "USD", new BigDecimal("7.25")));
    assertThat(connector.priceLists().upsertRecords(list, repriced).failed()).isEmpty();
    assertThat(connector.priceLists().records(list, ListQuery.where("sku:in", stored.get(0).sku()).and("currency", "usd")))
        .singleElement().satisfies(r -> assertThat(r.price()).isEqualByComparingTo("7.25"));

    BatchResult<String> deleted = connector.priceLists().deleteRecords(list, "GBP", skus.subList(0, 150));
    assertThat(deleted.succeeded()).hasSize(150);
    assertThat(connector.metrics().snapshot().requestsByEndpoint())
        .containsEntry("DELETE /v3/pricelists/{price_list_id}/records", 2L);
    assertThat(connector.priceLists().records(list, ListQuery.where("currency", "gbp"))).hasSize(600);
  }

  @Test
  void assignmentsComeBackWithTheirIdsAndRefusalsNameTheirRecord() {
    int list = connector.priceLists().create(List.of(PriceList.named("Trade"))).succeeded().get(0).id();
    List<CustomerGroup> groups = connector.customerGroups().create(List.of(CustomerGroup.named("Trade"),
        new CustomerGroup(null, "Discounted", null, null, discountRule(), null, null, null))).succeeded();

    BatchResult<PriceListAssignment> assigned = connector.priceLists().assign(List.of(
        PriceListAssignment.of(list, groups.get(0).id(), 1),
        PriceListAssignment.of(list, null, 1),
        PriceListAssignment.of(list, groups.get(1).id(), 1)));

    assertThat(assigned.succeeded()).hasSize(2).allSatisfy(a -> assertThat(a.id()).isNotNull());
    assertThat(assigned.failed()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(2);
      assertThat(f.message()).contains("group discounts");
    });
    assertThat(connector.priceLists().assignments(ListQuery.where("customer_group_id", groups.get(0).id())))
        .singleElement().satisfies(a -> assertThat(a.channelId()).isEqualTo(1));

    assertThat(connector.priceLists().unassign(List.of(assigned.succeeded().get(1).id())).failed()).isEmpty();
    assertThat(connector.priceLists().assignments(ListQuery.where("price_list_id", list))).hasSize(1);
  }

  /** A group discount of 5% on everything: such a group cannot take a price list. */
  private static JsonNode discountRule() {
    ObjectMapper json = new ObjectMapper();
    return json.createArrayNode().add(json.createObjectNode().put("type", "all").put("method", "percent").put("amount", "5"));
  }
}
