package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One place in a shipping zone: a country, a state of a country, or a ZIP code in a country. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShippingZoneLocation(Integer id, String zip, String countryIso2, String stateIso2) {
  public static ShippingZoneLocation country(String countryIso2) {
    return new ShippingZoneLocation(null, null, countryIso2, null);
  }

  public static ShippingZoneLocation state(String countryIso2, String stateIso2) {
    return new ShippingZoneLocation(null, null, countryIso2, stateIso2);
  }

  public static ShippingZoneLocation zip(String countryIso2, String zip) {
    return new ShippingZoneLocation(null, zip, countryIso2, null);
  }

  /** The location without its store-specific id, as another store is sent it. */
  public ShippingZoneLocation withoutId() {
    return new ShippingZoneLocation(null, zip, countryIso2, stateIso2);
  }
}
