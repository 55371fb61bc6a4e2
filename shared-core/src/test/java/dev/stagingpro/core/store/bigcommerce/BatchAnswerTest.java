package dev.stagingpro.core.store.bigcommerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.RecordFailure;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.TreeCategory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class BatchAnswerTest {
  @Test
  void aSingleCreateSavedWithAFailedPartIsBothSavedAndReported() {
    ApiResponse response = answer(207, """
        {"data": {"id": 7, "name": "Mug", "sku": "MUG-1"},
         "errors": {"status": 207, "title": "Partial success",
                    "errors": {"custom_url": "The URL is already taken"}}}""");

    BatchResult<Product> result = split(response, List.of(Product.draft("Mug", "physical", "MUG-1", null, null)),
        productSpec());

    assertThat(result.succeeded()).extracting(Product::id).containsExactly(7);
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.saved()).isTrue();
      assertThat(f.status()).isEqualTo(207);
      assertThat(f.message()).contains("custom_url: The URL is already taken");
    });
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void indexedErrorsFailTheirRecordsAndTheRestSucceed() {
    ApiResponse response = answer(207, """
        {"data": [{"category_id": 11, "tree_id": 1, "parent_id": 0, "name": "Bath"}],
         "errors": {"status": 207, "title": "Partial success",
                    "errors": {"1.name": "Name must be at most 50 characters"}},
         "meta": {"total": 2, "success": 1, "failed": 1}}""");
    List<TreeCategory> drafts = List.of(TreeCategory.draft(1, 0, "Bath"), TreeCategory.draft(1, 0, "x".repeat(60)));

    BatchResult<TreeCategory> result = split(response, drafts, WriteSpec.create(50, b -> null, TreeCategory.class,
        NaturalKeys::category, b -> Map.of()));

    assertThat(result.succeeded()).extracting(TreeCategory::categoryId).containsExactly(11);
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.saved()).isFalse();
      assertThat(f.message()).isEqualTo("Name must be at most 50 characters");
    });
  }

  @Test
  void metafieldPartialSuccessListsErrorsPerIndex() {
    ApiResponse response = answer(422, """
        {"data": [{"id": 1, "namespace": "ns", "key": "a", "resource_id": 5, "value": "1"}],
         "errors": [{"status": 409, "title": "Bulk operation has failed",
                     "errors": {"1": "Metafield with the same key exists"}}],
         "meta": {"total": 2, "success": 1, "failed": 1}}""");
    List<Metafield> drafts = List.of(Metafield.draft(5, "ns", "a", "1", "read"), Metafield.draft(5, "ns", "b", "2", "read"));

    BatchResult<Metafield> result = split(response, drafts,
        WriteSpec.create(50, b -> null, Metafield.class, NaturalKeys::metafield, b -> Map.of()));

    assertThat(result.succeeded()).extracting(Metafield::id).containsExactly(1);
    assertThat(result.failed()).extracting(RecordFailure::index, RecordFailure::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Metafield with the same key exists"));
  }

  @Test
  void aWholeBatchRefusalFailsEveryRecordWithTheStoresMessage() {
    ApiResponse response = answer(422, """
        {"status": 422, "title": "JSON data is missing or invalid",
         "errors": {"name": "name is required"}}""");

    BatchResult<Product> result = split(response,
        List.of(Product.draft(null, "physical", "A", null, null), Product.draft(null, "physical", "B", null, null)),
        productSpec());

    assertThat(result.succeeded()).isEmpty();
    assertThat(result.failed()).hasSize(2).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(422);
      assertThat(f.message()).contains("name: name is required");
    });
  }

  @Test
  void v2ErrorArraysAreReadToo() {
    ApiResponse response = answer(409, """
        [{"status": 409, "message": "The field 'name' must be unique."}]""");

    BatchAnswer<Product> answer = BatchAnswer.read(response, true, WriteSpec.decoder(Product.class));

    assertThat(answer.isPerRecord()).isFalse();
    assertThat(answer.split(List.of(Product.draft("X", "physical", null, null, null)), productSpec()))
        .singleElement().satisfies(o -> assertThat(o.problem()).isEqualTo("The field 'name' must be unique."));
  }

  @Test
  void recordsComeBackToTheirDraftsByKeyWhateverTheOrder() {
    ApiResponse response = answer(200, """
        {"data": [{"id": 2, "sku": "B"}, {"id": 1, "sku": "A"}]}""");

    BatchResult<Product> result = split(response,
        List.of(Product.draft("a", "physical", "A", null, null), Product.draft("b", "physical", "B", null, null)),
        productSpec());

    assertThat(result.succeeded()).extracting(Product::id).containsExactly(1, 2);
  }

  @Test
  void aSuccessWithoutTheRecordIsReported() {
    ApiResponse response = answer(200, "{\"data\": []}");

    BatchResult<Product> result = split(response, List.of(Product.draft("a", "physical", "A", null, null)),
        productSpec());

    assertThat(result.failed()).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("the store did not return this record"));
  }

  private static WriteSpec<Product, Product> productSpec() {
    return WriteSpec.create(1, b -> null, Product.class, NaturalKeys::product, b -> Map.of());
  }

  private static <T> BatchResult<T> split(ApiResponse response, List<T> drafts, WriteSpec<T, T> spec) {
    return Outcome.toResult(BatchAnswer.read(response, false, spec.decode()).split(drafts, spec));
  }

  static ApiResponse answer(int status, String body) {
    return new ApiResponse(status, Headers.of(), body.getBytes(StandardCharsets.UTF_8));
  }
}
