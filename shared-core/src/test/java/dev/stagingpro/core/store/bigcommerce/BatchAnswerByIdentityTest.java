package dev.stagingpro.core.store.bigcommerce;

import static dev.stagingpro.core.store.bigcommerce.BatchAnswerTest.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RecordFailure;
import dev.stagingpro.core.store.model.PriceListAssignment;
import dev.stagingpro.core.store.model.PriceRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batch answers that do not echo the records: price records (failures by identity) and assignments. */
class BatchAnswerByIdentityTest {
  private static final WriteSpec<PriceRecord, PriceRecord> RECORDS =
      WriteSpec.update(1000, b -> null, PriceRecord.class, PriceRecord::key, PriceRecord::key).withNotEchoed(r -> r);

  @Test
  void priceRecordFailuresFindTheirDraftByIdentityAndTheOthersCountAsSaved() {
    ApiResponse response = answer(422, """
        {"batch_errors": [{"data": {"price_list_id": 3, "sku": "B", "currency": "usd"},
                           "field_errors": {"sku": "No variant has the SKU 'B'"}}]}""");
    List<PriceRecord> drafts = List.of(record("A"), record("B"), record("C"));

    BatchResult<PriceRecord> result = split(response, drafts, RECORDS);

    assertThat(result.succeeded()).extracting(PriceRecord::sku).containsExactly("A", "C");
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.saved()).isFalse();
      assertThat(f.message()).contains("No variant has the SKU 'B'");
    });
  }

  @Test
  void anEmptyDataObjectIsNoRecord() {
    BatchResult<PriceRecord> result = split(answer(200, "{\"data\": {}, \"meta\": {}}"), List.of(record("A")), RECORDS);

    assertThat(result.failed()).isEmpty();
    assertThat(result.succeeded()).singleElement().satisfies(r -> assertThat(r.sku()).isEqualTo("A"));
  }

  @Test
  void assignmentsReportedAsSavedBesideAnIndexedRefusal() {
    ApiResponse response = answer(422, """
        {"status": 422, "title": "1 of 2 price list assignments were not saved",
         "errors": {"1.customer_group_id": "Customer group 9 has group discounts"},
         "meta": {"saved_records": 1}}""");
    WriteSpec<PriceListAssignment, PriceListAssignment> spec = WriteSpec.create(25, b -> null,
        PriceListAssignment.class, PriceListAssignment::target, b -> Map.of()).withNotEchoed(a -> a);

    BatchResult<PriceListAssignment> result = split(response,
        List.of(PriceListAssignment.of(1, 4, 1), PriceListAssignment.of(1, 9, 1)), spec);

    assertThat(result.succeeded()).extracting(PriceListAssignment::customerGroupId).containsExactly(4);
    assertThat(result.failed()).extracting(RecordFailure::index).containsExactly(1);
  }

  private static PriceRecord record(String sku) {
    return PriceRecord.bySku(sku, "USD", BigDecimal.TEN);
  }

  private static <T> BatchResult<T> split(ApiResponse response, List<T> drafts, WriteSpec<T, T> spec) {
    return Outcome.toResult(BatchAnswer.read(response, false, spec.decode()).split(drafts, spec));
  }
}
