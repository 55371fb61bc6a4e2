package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A customer group ({@code /v2/customer_groups}); matched by {@code name}. Discount rules and
 * category access are passed through as the store sends them (a PUT replaces the rules as a whole).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerGroup(
    Integer id,
    String name,
    Boolean isDefault,
    JsonNode categoryAccess,
    JsonNode discountRules,
    Boolean isGroupForGuests,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  public static CustomerGroup named(String name) {
    return new CustomerGroup(null, name, null, null, null, null, null, null);
  }

  public CustomerGroup withId(Integer newId) {
    return new CustomerGroup(newId, name, isDefault, categoryAccess, discountRules, isGroupForGuests, dateCreated, dateModified);
  }
}
