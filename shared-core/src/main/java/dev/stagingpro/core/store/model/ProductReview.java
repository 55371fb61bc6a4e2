package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A shopper's review of a product; matched by title and reviewer e-mail within the product.
 *
 * @param status approved, disapproved or pending
 * @param rating 0 to 5
 * @param dateReviewed ISO 8601 date-time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductReview(
    Integer id,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer productId,
    String title,
    String text,
    String status,
    Integer rating,
    String email,
    String name,
    String dateReviewed,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
}
