package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What {@code GET /v2/store} says about a store (the start-up check reads it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoreInfo(
    String id,
    String domain,
    String secureUrl,
    String controlPanelBaseUrl,
    String status,
    String name,
    String country,
    String countryCode,
    StoreTimezone timezone,
    String language,
    String currency,
    String weightUnits,
    String dimensionUnits,
    String planName,
    String planLevel,
    Boolean planIsTrial,
    Integer storeId,
    Integer defaultChannelId,
    Integer defaultSiteId,
    StoreFeatures features) {
  @JsonIgnore // derived, not a field of the store's JSON
  public boolean isMultiStorefront() {
    return features != null && Boolean.TRUE.equals(features.multiStorefrontEnabled());
  }
}
