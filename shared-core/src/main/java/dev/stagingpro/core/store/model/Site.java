package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The site (storefront URLs) of a channel.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Site(
    Integer id,
    String url,
    Integer channelId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<SiteUrl> urls,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String sslStatus,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Boolean isCheckoutUrlCustomized,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String createdAt,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String updatedAt) {
}
