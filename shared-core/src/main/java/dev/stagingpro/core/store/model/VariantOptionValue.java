package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One option value a variant stands for: {@code optionId} + value {@code id} on writes; the
 * labels come back on reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VariantOptionValue(
    Integer id,
    Integer optionId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String label,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String optionDisplayName) {
  public static VariantOptionValue of(int optionId, int valueId) {
    return new VariantOptionValue(valueId, optionId, null, null);
  }
}
