package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One option value a variant stands for: {@code optionId} + value {@code id}, or — when a variant
 * is created — the option's display name + the value's label, which the store resolves (creating
 * the option and value when the product lacks them). Reads return all four.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VariantOptionValue(
    Integer id,
    Integer optionId,
    String label,
    String optionDisplayName) {
  public static VariantOptionValue of(int optionId, int valueId) {
    return new VariantOptionValue(valueId, optionId, null, null);
  }

  /** A value named by option and label, as a variant create may give it. */
  public static VariantOptionValue named(String optionDisplayName, String label) {
    return new VariantOptionValue(null, null, label, optionDisplayName);
  }
}
