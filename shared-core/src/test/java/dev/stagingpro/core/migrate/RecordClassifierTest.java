package dev.stagingpro.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Mode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordClassifierTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PortableRecord product(String sku, String json) throws Exception {
    return PortableRecord.of(Entity.PRODUCTS, sku, (ObjectNode) JSON.readTree(json.replace('\'', '"')));
  }

  private final RecordClassifier selective = new RecordClassifier(Mode.SELECTIVE, ComparisonRules.STRICT);
  private final RecordClassifier bulk = new RecordClassifier(Mode.BULK, ComparisonRules.STRICT);

  @Test
  void absentOnTheDestinationIsACreateInEitherMode() throws Exception {
    var source = product("A", "{'price':1}");
    assertThat(selective.classify(source, Optional.empty(), List.of()).changeClass()).isEqualTo(ChangeClass.CREATE);
    assertThat(bulk.classify(source, Optional.empty(), List.of()).changeClass()).isEqualTo(ChangeClass.CREATE);
  }

  @Test
  void selectiveUpdatesInPlaceAndListsTheChangedFieldsWithTheDestinationFingerprint() throws Exception {
    var destination = product("A", "{'price':1}");
    PlannedChange change = selective.classify(product("A", "{'price':2}"), Optional.of(destination), List.of());

    assertThat(change.changeClass()).isEqualTo(ChangeClass.UPDATE);
    assertThat(change.changes()).extracting(FieldChange::path).containsExactly("price");
    assertThat(change.destinationFingerprint()).contains(Fingerprints.of(destination.fields()));
  }

  @Test
  void equalRecordIsUnchanged() throws Exception {
    assertThat(selective.classify(product("A", "{'price':1}"), Optional.of(product("A", "{'price':1}")), List.of()).changeClass())
        .isEqualTo(ChangeClass.UNCHANGED);
  }

  @Test
  void bulkModeReportsAnExistingRecordAsAConflictAndNeverUpdatesIt() throws Exception {
    PlannedChange change = bulk.classify(product("A", "{'price':2}"), Optional.of(product("A", "{'price':1}")), List.of());
    assertThat(change.changeClass()).isEqualTo(ChangeClass.CONFLICT);
    assertThat(change.changeClass().writes()).isFalse();
  }

  @Test
  void noSyncCustomFieldOrMetafieldSkipsTheRecord() throws Exception {
    var byCustomField = product("A", "{'custom_fields':[{'name':'no-sync','value':'yes'}]}");
    var byMetafield = product("B", "{'metafields':[{'key':'no-sync','value':'true'}]}");
    var disabled = product("C", "{'custom_fields':[{'name':'no-sync','value':'false'}]}");

    assertThat(selective.classify(byCustomField, Optional.empty(), List.of()).changeClass()).isEqualTo(ChangeClass.SKIPPED);
    assertThat(selective.classify(byMetafield, Optional.empty(), List.of()).changeClass()).isEqualTo(ChangeClass.SKIPPED);
    assertThat(selective.classify(disabled, Optional.empty(), List.of()).changeClass()).isEqualTo(ChangeClass.CREATE);
  }

  @Test
  void problemsMakeARecordNotMigratableWithTheReason() throws Exception {
    PlannedChange change = selective.classify(product("A", "{}"), Optional.empty(), List.of("brand 'Acme' not found on the destination"));
    assertThat(change.changeClass()).isEqualTo(ChangeClass.NOT_MIGRATABLE);
    assertThat(change.reason()).contains("brand 'Acme' not found on the destination");
  }
}
