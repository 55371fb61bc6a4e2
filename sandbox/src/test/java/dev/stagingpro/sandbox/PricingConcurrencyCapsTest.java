package dev.stagingpro.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.sandbox.api.SandboxAreas;
import dev.stagingpro.sandbox.http.Route;
import dev.stagingpro.sandbox.http.Routes;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The per-endpoint concurrency caps the price-list and promotion specs document (more answer 429). */
class PricingConcurrencyCapsTest {
  @Test
  void documentedCapsAreRegistered() {
    Routes routes = new Routes();
    SandboxAreas.standard().forEach(area -> area.register(routes));
    Map<String, Integer> caps = routes.all().stream().collect(Collectors.toMap(Route::key, Route::concurrencyCap));

    assertThat(caps).containsEntry("GET /v3/pricelists/{price_list_id}/records", 10)
        .containsEntry("POST /v3/pricelists/{price_list_id}/records", 10)
        .containsEntry("PUT /v3/pricelists/{price_list_id}/records", 2)
        .containsEntry("POST /v3/pricelists/records", 10)
        .containsEntry("PUT /v3/pricelists/records", 1)
        .containsEntry("DELETE /v3/pricelists/{price_list_id}", 1)
        .containsEntry("PUT /v3/pricelists/{price_list_id}/assignments", 25)
        .containsEntry("GET /v3/promotions", 40)
        .containsEntry("PUT /v3/promotions/{id}", 40)
        .containsEntry("GET /v3/promotions/{promotion_id}/codes", 10)
        .containsEntry("POST /v3/promotions/{promotion_id}/codes", 40)
        .containsEntry("POST /v3/promotions/{promotion_id}/codegen", 10)
        .containsEntry("GET /v2/shipping/zones", 0);
  }
}
