package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Product reviews, every exchange checked against the catalog spec by {@link ApiClient}. */
class ReviewsTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final ApiClient api = ApiClient.of(sandbox.store("reviews"));

  @Test
  void reviewIsCreatedListedUpdatedAndDeleted() {
    long productId = product("Kettle", "KET-1");
    String path = "/v3/catalog/products/" + productId + "/reviews";
    ApiResponse created = api.post(path, map("title", "Boils fast", "text", "Two minutes", "status", "approved",
        "rating", 5, "email", "ann@example.com", "name", "Ann", "date_reviewed", "2024-05-01T10:00:00Z"));
    assertThat(created.status()).isEqualTo(200);
    long reviewId = created.data().get("id").asLong();
    assertThat(created.data().get("date_reviewed").asText()).isEqualTo("2024-05-01T10:00:00+00:00");
    assertThat(api.post(path, map("title", "Ok", "date_reviewed", "2024-05-02T10:00:00Z")).data().get("status").asText())
        .isEqualTo("pending");

    JsonNode page = api.get(path + "?limit=1&page=2").json();
    assertThat(page.get("data")).hasSize(1);
    assertThat(page.at("/meta/pagination/total").asInt()).isEqualTo(2);

    // The spec's PUT schema lists title and date_reviewed as required while its text says "Required Fields: none":
    // a partial update is accepted, so only the response is checked.
    ApiResponse updated = api.responseOnly().put(path + "/" + reviewId, map("rating", 3, "status", "disapproved"));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.data().get("rating").asInt()).isEqualTo(3);
    assertThat(updated.data().get("title").asText()).isEqualTo("Boils fast");
    assertThat(api.get(path + "/" + reviewId).data().get("status").asText()).isEqualTo("disapproved");

    assertThat(api.delete(path + "/" + reviewId).status()).isEqualTo(204);
    assertThat(api.responseOnly().get(path + "/" + reviewId).status()).isEqualTo(404);
    assertThat(api.get(path).data()).hasSize(1);
  }

  @Test
  void invalidReviewsAreRefusedNamingTheField() {
    String path = "/v3/catalog/products/" + product("Toaster", "TOA-1") + "/reviews";
    assertThat(error(api.unchecked().post(path, map("date_reviewed", "2024-05-01T10:00:00Z")))).containsKey("title");
    assertThat(error(api.unchecked().post(path, map("title", "No date")))).containsKey("date_reviewed");
    assertThat(error(api.unchecked().post(path, review("rating", 6)))).containsKey("rating");
    assertThat(error(api.unchecked().post(path, review("status", "hidden")))).containsKey("status");
    assertThat(error(api.unchecked().post(path, review("email", "not-an-email")))).containsKey("email");
    assertThat(api.post(path, review("email", "")).status()).isEqualTo(200);
    assertThat(api.responseOnly().get("/v3/catalog/products/999999/reviews").status()).isEqualTo(404);
  }

  @Test
  void reviewsGoWithTheirProduct() {
    long productId = product("Mixer", "MIX-1");
    String path = "/v3/catalog/products/" + productId + "/reviews";
    long reviewId = api.post(path, review("rating", 4)).data().get("id").asLong();
    long otherProduct = product("Blender", "BLE-1");
    assertThat(api.responseOnly().get("/v3/catalog/products/" + otherProduct + "/reviews/" + reviewId).status()).isEqualTo(404);
    assertThat(api.delete("/v3/catalog/products/" + productId).status()).isEqualTo(204);
    assertThat(api.responseOnly().get(path).status()).isEqualTo(404);
  }

  private static Map<String, Object> review(String field, Object value) {
    Map<String, Object> body = new HashMap<>(map("title", "Nice", "date_reviewed", "2024-05-01T10:00:00Z"));
    body.put(field, value);
    return body;
  }

  private static Map<String, JsonNode> error(ApiResponse response) {
    assertThat(response.status()).isEqualTo(422);
    Map<String, JsonNode> errors = new HashMap<>();
    response.json().get("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue()));
    return errors;
  }

  private static long product(String name, String sku) {
    return api.post("/v3/catalog/products", map("name", name, "sku", sku, "type", "physical", "weight", 1, "price", 10))
        .data().get("id").asLong();
  }
}
