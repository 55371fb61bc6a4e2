package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordComparerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static List<String> paths(List<FieldChange> changes) {
    return changes.stream().map(FieldChange::path).toList();
  }

  @Test
  void equalRecordsWithReorderedFieldsAndEqualNumbersHaveNoChanges() throws Exception {
    var comparer = new RecordComparer(ComparisonRules.STRICT);
    assertThat(comparer.diff(json("{'name':'Mug','price':10}"), json("{'price':10.0,'name':'Mug'}"))).isEmpty();
  }

  @Test
  void variantsAreMatchedBySkuSoOnlyTheChangedFieldIsReported() throws Exception {
    var comparer = new RecordComparer(ComparisonRules.STRICT);
    var destination = json("{'variants':[{'sku':'A','price':1},{'sku':'B','price':2}]}");
    var source = json("{'variants':[{'sku':'B','price':3},{'sku':'A','price':1}]}");

    List<FieldChange> changes = comparer.diff(destination, source);

    assertThat(paths(changes)).containsExactly("variants[B].price");
    assertThat(changes.get(0).before().asInt()).isEqualTo(2);
    assertThat(changes.get(0).after().asInt()).isEqualTo(3);
  }

  @Test
  void imagesOnlyOnTheDestinationAreKeptUnlessPruning() throws Exception {
    var destination = json("{'images':[{'image_url':'a.png'},{'image_url':'old.png'}]}");
    var source = json("{'images':[{'image_url':'a.png'}]}");

    assertThat(new RecordComparer(new ComparisonRules(Set.of(), Set.of("images"))).diff(destination, source)).isEmpty();
    assertThat(paths(new RecordComparer(ComparisonRules.STRICT).diff(destination, source))).containsExactly("images[old.png]");
  }

  @Test
  void appendedCategoriesCountAsInSyncWhenTheSourceOnesArePresent() throws Exception {
    var destination = json("{'categories':['Shop/Mugs','Sale']}");
    var source = json("{'categories':['Shop/Mugs']}");

    assertThat(new RecordComparer(new ComparisonRules(Set.of(), Set.of("categories"))).diff(destination, source)).isEmpty();
    assertThat(paths(new RecordComparer(ComparisonRules.STRICT).diff(destination, source))).containsExactly("categories");
  }

  @Test
  void ignoredFieldsAreNotComparedAnywhereInTheTree() throws Exception {
    var rules = new ComparisonRules(Set.of("inventory_level", "variants.inventory_level"), Set.of());
    var destination = json("{'inventory_level':5,'variants':[{'sku':'A','inventory_level':1}]}");
    var source = json("{'inventory_level':9,'variants':[{'sku':'A','inventory_level':7}]}");

    assertThat(new RecordComparer(rules).diff(destination, source)).isEmpty();
  }

  @Test
  void fieldsTheSourceDoesNotMentionAreLeftAlone() throws Exception {
    var comparer = new RecordComparer(ComparisonRules.STRICT);
    assertThat(comparer.diff(json("{'name':'Mug','description':'long'}"), json("{'name':'Mug'}"))).isEmpty();
    assertThat(paths(comparer.diff(json("{'name':'Mug','description':'long'}"), json("{'name':'Mug','description':null}"))))
        .containsExactly("description");
  }
}
