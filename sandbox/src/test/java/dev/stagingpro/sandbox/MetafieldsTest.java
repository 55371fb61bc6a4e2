package dev.stagingpro.sandbox;

import static dev.stagingpro.sandbox.support.SandboxFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import dev.stagingpro.sandbox.support.SandboxFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetafieldsTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();
  static final SandboxStore store = sandbox.store("metafields");
  static final ApiClient jenkins = ApiClient.of(store);
  static final ApiClient action = jenkins.withToken(store.addAccount("github-action").token().reveal());
  static final long productId = jenkins.post("/v3/catalog/products",
      map("name", "Meta", "type", "physical", "weight", 1, "price", 1)).data().get("id").asLong();

  @Test
  void uniquePerAccountAndAppOnlyIsPrivate() {
    String path = "/v3/catalog/products/" + productId + "/metafields";
    ApiResponse mine = jenkins.post(path, field("deploy", "last", "app_only"));
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.data().get("owner_client_id").asText()).isEqualTo(store.account().clientId());
    assertThat(jenkins.post(path, field("deploy", "last", "read")).status()).isEqualTo(409);
    assertThat(action.get(path + "?namespace=deploy").data()).isEmpty();
    assertThat(action.responseOnly().get(path + "/" + mine.data().get("id").asLong()).status()).isEqualTo(404);
    assertThat(action.post(path, field("deploy", "last", "app_only")).status()).isEqualTo(200);
    assertThat(jenkins.get(path + "?namespace=deploy").data()).hasSize(1);
  }

  @Test
  void permissionSetDecidesWhatOtherAccountsMayDo() {
    String path = "/v3/channels/1/metafields";
    long readOnly = jenkins.post(path, field("lock", "holder", "read")).data().get("id").asLong();
    long writable = jenkins.post(path, field("lock", "queue", "write")).data().get("id").asLong();
    assertThat(action.get(path + "?key:in=holder,queue").data()).hasSize(2);
    assertThat(action.responseOnly().put(path + "/" + readOnly, map("value", "x")).status()).isEqualTo(403);
    assertThat(action.put(path + "/" + writable, map("value", "taken")).data().get("value").asText()).isEqualTo("taken");
    assertThat(action.responseOnly().put(path + "/" + writable, map("key", "renamed")).status()).isEqualTo(403);
    assertThat(action.delete(path + "/" + readOnly).status()).isEqualTo(403);
    assertThat(action.delete(path + "/" + writable).status()).isEqualTo(204);
  }

  @Test
  void batchCreateSavesTheValidItemsAndReportsTheOthers() {
    ApiResponse batch = jenkins.post("/v3/catalog/products/metafields", List.of(
        batchField(productId, "batch", "one"), batchField(999_999, "batch", "two")));
    assertThat(batch.status()).isEqualTo(422);
    assertThat(batch.json().at("/meta/success").asInt()).isEqualTo(1);
    assertThat(batch.json().at("/meta/failed").asInt()).isEqualTo(1);
    JsonNode listed = jenkins.get("/v3/catalog/products/metafields?namespace=batch").data();
    assertThat(listed).hasSize(1);
    long id = listed.get(0).get("id").asLong();
    assertThat(jenkins.delete("/v3/catalog/products/metafields").status()).isEqualTo(422);
    assertThat(jenkins.send("DELETE", "/v3/catalog/products/metafields", ("[" + id + "]").getBytes(), "application/json").status())
        .isEqualTo(200);
  }

  @Test
  void storeMetafieldsHaveTextIdsAndCursorPaging() {
    ApiResponse created = jenkins.post("/v3/store/metafields", List.of(field("store", "a", "read"), field("store", "b", "read"),
        field("store", "c", "read")));
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.data().get(0).get("id").isTextual()).isTrue();
    ApiResponse first = jenkins.get("/v3/store/metafields?namespace=store&limit=2");
    assertThat(first.data()).hasSize(2);
    String next = first.json().at("/meta/cursor_pagination/end_cursor").asText();
    ApiResponse second = jenkins.get("/v3/store/metafields?namespace=store&limit=2&after=" + next);
    assertThat(second.data()).hasSize(1);
    assertThat(second.data().get(0).get("key").asText()).isEqualTo("c");
  }

  static java.util.Map<String, Object> field(String namespace, String key, String permission) {
    return map("namespace", namespace, "key", key, "value", "v", "permission_set", permission);
  }

  static java.util.Map<String, Object> batchField(long resourceId, String namespace, String key) {
    java.util.Map<String, Object> field = field(namespace, key, "app_only");
    field.put("resource_id", resourceId);
    return field;
  }
}
