package dev.stagingpro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.sandbox.support.ApiClient;
import dev.stagingpro.sandbox.support.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoreInfoAndChannelsTest {
  static final ManualClock CLOCK = ManualClock.at("2026-07-01T12:00:00Z");
  static SandboxServer server;
  static SandboxStore store;
  static ApiClient api;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.defaults().clock(CLOCK));
    store = server.createStore(StoreSpec.named("staging").timezone("Europe/Berlin").storefronts(2));
    api = ApiClient.of(store);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void storeProfileReportsTimeZoneWithDaylightSavingAndStorefrontFeatures() {
    JsonNode info = api.get("/v2/store").json();
    assertThat(info.get("id").asText()).isEqualTo(store.hash());
    assertThat(info.at("/timezone/name").asText()).isEqualTo("Europe/Berlin");
    assertThat(info.at("/timezone/raw_offset").asInt()).isEqualTo(3600);
    assertThat(info.at("/timezone/dst_offset").asInt()).isEqualTo(7200);
    assertThat(info.at("/timezone/dst_correction").asBoolean()).isTrue();
    assertThat(info.at("/features/multi_storefront_enabled").asBoolean()).isTrue();
    assertThat(info.at("/features/storefront_limits/active").asInt()).isEqualTo(2);
    assertThat(info.get("default_channel_id").asInt()).isEqualTo(1);
  }

  @Test
  void timeFollowsTheSandboxClock() {
    assertThat(api.get("/v2/time").json().get("time").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
  }

  @Test
  void missingOrWrongTokenIsRejectedWith401() {
    ApiResponse none = api.withToken(null).unchecked().get("/v3/channels");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().get("title").asText()).isNotBlank();
    assertThat(none.header("X-Rate-Limit-Requests-Quota")).isNotNull();
    assertThat(api.withToken("wrong").unchecked().get("/v2/time").status()).isEqualTo(401);
  }

  @Test
  void defaultStorefrontAndSiteExist() {
    JsonNode channels = api.get("/v3/channels").data();
    assertThat(channels.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(channels.get(0).get("status").asText()).isEqualTo("active");
    JsonNode site = api.get("/v3/channels/1/site").data();
    assertThat(site.get("url").asText()).contains(store.hash());
  }

  @Test
  void prelaunchStorefrontWithSiteThenLimitThenDeletedViaUpdate() {
    ApiResponse created = api.post("/v3/channels", Map.of("name", "preview_a", "type", "storefront", "platform", "bigcommerce", "status", "prelaunch"));
    assertThat(created.status()).isEqualTo(200);
    long id = created.data().get("id").asLong();
    assertThat(created.data().get("status").asText()).isEqualTo("prelaunch");
    ApiResponse site = api.post("/v3/channels/" + id + "/site", Map.of("url", "https://preview-a.example.com"));
    assertThat(site.status()).isEqualTo(200);
    ApiResponse duplicate = api.post("/v3/channels", Map.of("name", "preview_a", "type", "storefront", "platform", "bigcommerce"));
    assertThat(duplicate.status()).isEqualTo(409);
    ApiResponse overLimit = api.post("/v3/channels", Map.of("name", "preview_b", "type", "storefront", "platform", "bigcommerce"));
    assertThat(overLimit.status()).isEqualTo(422);
    ApiResponse noPrelaunchOnPut = api.responseOnly().put("/v3/channels/" + id, Map.of("status", "prelaunch"));
    assertThat(noPrelaunchOnPut.status()).isEqualTo(200); // unchanged status is accepted
    ApiResponse deleted = api.put("/v3/channels/" + id, Map.of("status", "deleted"));
    assertThat(deleted.data().get("status").asText()).isEqualTo("deleted");
    assertThat(deleted.data().get("is_enabled").asBoolean()).isFalse();
    assertThat(api.unchecked().delete("/v3/channels/" + id).status()).isEqualTo(405);
    ApiResponse nowFits = api.post("/v3/channels", Map.of("name", "preview_b", "type", "storefront", "platform", "bigcommerce"));
    assertThat(nowFits.status()).isEqualTo(200);
  }
}
