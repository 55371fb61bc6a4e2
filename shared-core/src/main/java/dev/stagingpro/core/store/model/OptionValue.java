package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One value of a variant option (e.g. Large); matched by {@code label}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptionValue(
    Integer id,
    String label,
    Integer sortOrder,
    JsonNode valueData,
    Boolean isDefault) {
  public static OptionValue of(String label, int sortOrder) {
    return new OptionValue(null, label, sortOrder, null, null);
  }
}
