package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A modifier of a product (a shopper choice that does not make a SKU); matched by
 * {@code displayName}. {@code config} is passed through as the store sends it. The product id comes
 * from the path, so it is read but not sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductModifier(
    Integer id,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer productId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String name,
    String displayName,
    String type,
    Boolean required,
    Integer sortOrder,
    JsonNode config,
    List<ModifierValue> optionValues) {
}
