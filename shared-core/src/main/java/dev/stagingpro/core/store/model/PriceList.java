package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A price list ({@code /v3/pricelists}); matched by {@code name}, which the store keeps unique. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceList(
    Integer id,
    String name,
    Boolean active,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  public static PriceList named(String name) {
    return new PriceList(null, name, null, null, null);
  }

  public PriceList withId(Integer newId) {
    return new PriceList(newId, name, active, dateCreated, dateModified);
  }

  public PriceList withActive(Boolean value) {
    return new PriceList(id, name, value, dateCreated, dateModified);
  }
}
