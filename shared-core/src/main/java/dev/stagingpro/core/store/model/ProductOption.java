package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A variant option of a product (e.g. Size), with its values; matched across stores by
 * {@code displayName}. {@code config} is passed through as the store sends it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductOption(
    Integer id,
    Integer productId,
    String displayName,
    String type,
    JsonNode config,
    Integer sortOrder,
    List<OptionValue> optionValues) {
}
