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

class ShippingZonesTest {
  @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();

  @Test
  void zonesAreCreatedListedUpdatedAndDeletedAsBareJson() {
    ApiClient api = ApiClient.of(sandbox.store("zones-crud"));
    ApiResponse created = api.post("/v2/shipping/zones", map("name", "Texas", "type", "state",
        "locations", List.of(map("country_iso2", "US", "state_iso2", "TX")),
        "free_shipping", map("enabled", true, "minimum_sub_total", "50", "exclude_fixed_shipping_products", false),
        "handling_fees", map("percentage_surcharge", "2.5", "display_separately", true)));
    assertThat(created.status()).isEqualTo(201);
    JsonNode zone = created.json();
    assertThat(zone.at("/locations/0/id").asLong()).isPositive();
    assertThat(zone.at("/free_shipping/minimum_sub_total").asText()).isEqualTo("50.0000");
    assertThat(zone.at("/handling_fees/percentage_surcharge").asText()).isEqualTo("2.5000");
    assertThat(zone.get("enabled").asBoolean()).isTrue();

    ApiResponse global = api.post("/v2/shipping/zones", map("name", "Rest of world", "type", "global"));
    assertThat(global.json().get("locations")).isEmpty();
    assertThat(api.get("/v2/shipping/zones").json()).extracting(z -> z.get("name").asText())
        .containsExactly("Texas", "Rest of world");

    long id = zone.get("id").asLong();
    JsonNode updated = api.put("/v2/shipping/zones/" + id, map("name", "Texas and Ohio", "locations", List.of(
        map("country_iso2", "US", "state_iso2", "TX"), map("country_iso2", "US", "state_iso2", "OH")))).json();
    assertThat(updated.get("locations")).hasSize(2);
    assertThat(updated.at("/locations/0/id").asLong()).isNotEqualTo(zone.at("/locations/0/id").asLong());
    assertThat(updated.at("/free_shipping/enabled").asBoolean()).isTrue();
    assertThat(api.get("/v2/shipping/zones/" + id).json().get("name").asText()).isEqualTo("Texas and Ohio");

    assertThat(api.delete("/v2/shipping/zones/" + id).status()).isEqualTo(204);
    assertThat(api.get("/v2/shipping/zones/" + id).status()).isEqualTo(404);
    assertThat(api.get("/v2/shipping/zones").json()).hasSize(1);
  }

  @Test
  void locationsMustFitTheZoneType() {
    ApiClient api = ApiClient.of(sandbox.store("zones-checked"));
    ApiResponse noZip = api.post("/v2/shipping/zones", map("name", "Zips", "type", "zip",
        "locations", List.of(map("country_iso2", "US"))));
    assertThat(noZip.status()).isEqualTo(422);
    assertThat(noZip.json().get(0).get("message").asText()).isNotBlank();
    assertThat(api.post("/v2/shipping/zones", map("name", "Nowhere", "type", "country")).status()).isEqualTo(422);
    assertThat(api.responseOnly().post("/v2/shipping/zones", map("name", "Both fees", "type", "global",
        "handling_fees", map("fixed_surcharge", "1", "percentage_surcharge", "1"))).status()).isEqualTo(422);
    assertThat(api.responseOnly().post("/v2/shipping/zones", map("type", "global")).status()).isEqualTo(422);
    ApiResponse zip = api.post("/v2/shipping/zones", map("name", "Queens", "type", "zip",
        "locations", List.of(map("zip", "11103", "country_iso2", "us"))));
    assertThat(zip.json().at("/locations/0/zip").asText()).isEqualTo("11103");
    assertThat(zip.json().at("/locations/0/country_iso2").asText()).isEqualTo("US");
  }
}
