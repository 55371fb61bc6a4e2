package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A sales channel ({@code /v3/channels}); (name, platform, type) is unique. Channel 1 is the
 * default storefront.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Channel(
    Integer id,
    String name,
    String type,
    String platform,
    String status,
    String externalId,
    Boolean isListableFromUi,
    Boolean isVisible,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Boolean isEnabled,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String iconUrl,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  /** A new storefront channel on the BigCommerce (Stencil) platform. */
  public static Channel storefront(String name, String status) {
    return new Channel(null, name, "storefront", "bigcommerce", status, null, null, null, null, null, null, null);
  }

  @JsonIgnore // derived, not a field of the store's JSON
  public boolean isPrelaunch() {
    return "prelaunch".equals(status);
  }
}
