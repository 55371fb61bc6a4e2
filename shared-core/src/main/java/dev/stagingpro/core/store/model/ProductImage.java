package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An image of a product, created from {@code imageUrl}. The store's own URLs come back in the
 * {@code url*} fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductImage(
    Integer id,
    Integer productId,
    String imageUrl,
    Boolean isThumbnail,
    Integer sortOrder,
    String description,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String urlZoom,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String urlStandard,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String urlThumbnail,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String urlTiny,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
}
