package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A coupon code of a coupon promotion; {@code code} is unique in the store (without case). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CouponCode(
    Integer id,
    String code,
    Integer maxUses,
    Integer maxUsesPerCustomer,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer currentUses,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String created) {
  /** A new code; a limit of 0 (or null, the store's default) means unlimited. */
  public static CouponCode of(String code, Integer maxUses, Integer maxUsesPerCustomer) {
    return new CouponCode(null, code, maxUses, maxUsesPerCustomer, null, null);
  }
}
