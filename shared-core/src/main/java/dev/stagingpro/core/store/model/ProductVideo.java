package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A YouTube video of a product; matched by {@code videoId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductVideo(
    Integer id,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer productId,
    String videoId,
    String title,
    String description,
    Integer sortOrder,
    String type,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String length) {
}
