package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The value of a customer attribute for one customer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerAttributeValue(
    Integer attributeId,
    String attributeValue,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer id,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer customerId) {
}
