package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A shipping zone ({@code /v2/shipping/zones}); matched across stores by {@code name}. {@code type}
 * is {@code zip}, {@code country}, {@code state} or {@code global}; an update replaces the
 * locations as a whole.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShippingZone(
    Integer id,
    String name,
    String type,
    List<ShippingZoneLocation> locations,
    ShippingZoneFreeShipping freeShipping,
    ShippingZoneHandlingFees handlingFees,
    Boolean enabled) {
  public static ShippingZone of(String name, String type, List<ShippingZoneLocation> locations) {
    return new ShippingZone(null, name, type, locations, null, null, null);
  }

  public ShippingZone withId(Integer newId) {
    return new ShippingZone(newId, name, type, locations, freeShipping, handlingFees, enabled);
  }
}
