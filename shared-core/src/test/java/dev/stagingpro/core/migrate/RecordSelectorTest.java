package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSelectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PortableRecord record(Entity entity, String key, String json) throws Exception {
    return PortableRecord.of(entity, key, (ObjectNode) JSON.readTree(json.replace('\'', '"')));
  }

  @Test
  void skuGlobsMatchTheProductOrAnyVariantAndNothingElse() throws Exception {
    var selector = new RecordSelector(new Selection(false, List.of("SHIRT-*", "MUG-?"), List.of(), List.of()));

    assertThat(selector.matches(record(Entity.PRODUCTS, "SHIRT-1", "{'sku':'SHIRT-1'}"))).isTrue();
    assertThat(selector.matches(record(Entity.PRODUCTS, "BASE", "{'sku':'BASE','variants':[{'sku':'MUG-7'}]}"))).isTrue();
    assertThat(selector.matches(record(Entity.PRODUCTS, "MUG-10", "{'sku':'MUG-10'}"))).isFalse();
    assertThat(selector.matches(record(Entity.PRODUCTS, "XSHIRT-1", "{'sku':'XSHIRT-1'}"))).isFalse();
  }

  @Test
  void aReviewIsSelectedByItsProductsSkuAndAPriceRecordByItsOwnSku() throws Exception {
    var selector = new RecordSelector(new Selection(false, List.of("SHIRT-*"), List.of(), List.of()));

    assertThat(selector.matches(record(Entity.PRODUCT_REVIEWS, "SHIRT-1|Fits|a@b.c", "{'product':'SHIRT-1'}"))).isTrue();
    assertThat(selector.matches(record(Entity.PRODUCT_REVIEWS, "MUG-1|Hot|a@b.c", "{'product':'MUG-1'}"))).isFalse();
    assertThat(selector.matches(record(Entity.PRICE_LIST_RECORDS, "W|USD|MUG-1", "{'sku':'MUG-1','product':'SHIRT-1'}"))).isFalse();
  }

  @Test
  void categoryPathMatchesTheCategoryAndThoseBelowItOnly() throws Exception {
    var selector = new RecordSelector(new Selection(false, List.of(), List.of("Shop All/Kitchen"), List.of()));

    assertThat(selector.matches(record(Entity.PRODUCTS, "A", "{'categories':['Shop All/Kitchen']}"))).isTrue();
    assertThat(selector.matches(record(Entity.PRODUCTS, "B", "{'categories':['Shop All/Kitchen/Mugs']}"))).isTrue();
    assertThat(selector.matches(record(Entity.PRODUCTS, "C", "{'categories':['Shop All/Kitchenware']}"))).isFalse();
  }

  @Test
  void keysSelectOtherEntitiesByNaturalKey() throws Exception {
    var selector = new RecordSelector(new Selection(false, List.of(), List.of(), List.of("Acme", "Big*")));

    assertThat(selector.matches(record(Entity.BRANDS, "Acme", "{}"))).isTrue();
    assertThat(selector.matches(record(Entity.BRANDS, "BigCo", "{}"))).isTrue();
    assertThat(selector.matches(record(Entity.BRANDS, "Acme Ltd", "{}"))).isFalse();
    assertThat(new RecordSelector(Selection.ALL).matches(record(Entity.BRANDS, "Anything", "{}"))).isTrue();
  }
}
