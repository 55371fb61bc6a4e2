package dev.stagingpro.connectorit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.model.ShippingZone;
import dev.stagingpro.core.store.model.ShippingZoneFreeShipping;
import dev.stagingpro.core.store.model.ShippingZoneHandlingFees;
import dev.stagingpro.core.store.model.ShippingZoneLocation;
import dev.stagingpro.sandbox.knobs.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingZonesConnectorTest extends ConnectedToSandbox {
  @Test
  void zonesAreCreatedOnceListedAndUpdatedWithTheirLocations() {
    ShippingZone texas = new ShippingZone(null, "Texas", "state", List.of(ShippingZoneLocation.state("US", "TX")),
        new ShippingZoneFreeShipping(true, "50", false), new ShippingZoneHandlingFees("2.5", null, true), true);
    ShippingZone world = ShippingZone.of("World", "global", List.of());
    sandbox.store().knobs().failNext("POST /v2/shipping/zones", Fault.COMMIT_THEN_502);

    BatchResult<ShippingZone> created = connector.shippingZones().create(List.of(texas, world));

    assertThat(created.failed()).isEmpty();
    assertThat(connector.metrics().snapshot().recoveredCreates()).isEqualTo(1);
    List<ShippingZone> zones = connector.shippingZones().list();
    assertThat(zones).extracting(ShippingZone::name).containsExactlyInAnyOrder("Texas", "World");
    ShippingZone stored = zones.stream().filter(z -> z.name().equals("Texas")).findFirst().orElseThrow();
    assertThat(stored.freeShipping().minimumSubTotal()).isEqualTo("50.0000");
    assertThat(stored.handlingFees().fixedSurcharge()).isEqualTo("2.5000");

    ShippingZone twoStates = new ShippingZone(stored.id(), "Texas and Ohio", "state",
        List.of(ShippingZoneLocation.state("US", "TX"), ShippingZoneLocation.state("US", "OH")), null, null, null);
    ShippingZone updated = connector.shippingZones().update(List.of(twoStates)).succeeded().get(0);
    assertThat(updated.locations()).extracting(ShippingZoneLocation::stateIso2).containsExactly("TX", "OH");
    assertThat(updated.freeShipping().enabled()).isTrue();

    BatchResult<ShippingZone> badZip = connector.shippingZones().create(List.of(
        ShippingZone.of("Zips", "zip", List.of(ShippingZoneLocation.country("US")))));
    assertThat(badZip.failed()).singleElement().satisfies(f -> assertThat(f.message()).contains("zip"));
    assertThat(connector.shippingZones().delete(List.of(stored.id())).failed()).isEmpty();
    assertThat(connector.shippingZones().list()).extracting(ShippingZone::name).containsExactly("World");
  }
}
