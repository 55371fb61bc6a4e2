package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A promotion ({@code /v3/promotions}): {@code AUTOMATIC}, or {@code COUPON} with {@code SINGLE}
 * or {@code BULK} codes (codes have their own endpoints). Matched across stores by {@code name}
 * and {@code redemptionType}. The rules stay JSON as the store sends them: they name brands,
 * categories, products, variants and shipping zones by their ids in this store, which a copy to
 * another store must remap, as it must the customer groups and channels.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Promotion(
    Integer id,
    String redemptionType,
    String name,
    String displayName,
    List<PromotionChannel> channels,
    PromotionCustomer customer,
    JsonNode rules,
    Integer maxUses,
    String status,
    String startDate,
    String endDate,
    Boolean stop,
    Boolean canBeUsedWithOtherPromotions,
    String currencyCode,
    JsonNode notifications,
    JsonNode shippingAddress,
    JsonNode schedule,
    String couponType,
    Boolean couponOverridesOtherPromotions,
    Boolean couponOverridesAutomaticWhenOfferingHigherDiscounts,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer currentUses,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String createdFrom,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) CouponCode codes,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) JsonNode multipleCodes) {
  public static final String AUTOMATIC = "AUTOMATIC";
  public static final String COUPON = "COUPON";

  /** A new promotion with its rules; {@code couponType} SINGLE or BULK for coupon promotions, else null. */
  public static Promotion draft(String name, String redemptionType, String couponType, JsonNode rules) {
    return new Promotion(null, redemptionType, name, null, null, null, rules, null, null, null, null, null, null, null,
        null, null, null, couponType, null, null, null, null, null, null);
  }

  @JsonIgnore
  public boolean isCoupon() {
    return COUPON.equals(redemptionType);
  }

  /** Identity across stores: redemption type and name. */
  public String key() {
    return name == null ? null : redemptionType + "|" + name;
  }

  public Promotion withId(Integer newId) {
    return new Promotion(newId, redemptionType, name, displayName, channels, customer, rules, maxUses, status,
        startDate, endDate, stop, canBeUsedWithOtherPromotions, currencyCode, notifications, shippingAddress, schedule,
        couponType, couponOverridesOtherPromotions, couponOverridesAutomaticWhenOfferingHigherDiscounts, currentUses,
        createdFrom, codes, multipleCodes);
  }

  /** The same promotion with references of another store: channels, eligibility and rules. */
  public Promotion withReferences(List<PromotionChannel> newChannels, PromotionCustomer newCustomer, JsonNode newRules) {
    return new Promotion(id, redemptionType, name, displayName, newChannels, newCustomer, newRules, maxUses, status,
        startDate, endDate, stop, canBeUsedWithOtherPromotions, currencyCode, notifications, shippingAddress, schedule,
        couponType, couponOverridesOtherPromotions, couponOverridesAutomaticWhenOfferingHigherDiscounts, currentUses,
        createdFrom, codes, multipleCodes);
  }

  public Promotion withStatus(String newStatus) {
    return new Promotion(id, redemptionType, name, displayName, channels, customer, rules, maxUses, newStatus,
        startDate, endDate, stop, canBeUsedWithOtherPromotions, currencyCode, notifications, shippingAddress, schedule,
        couponType, couponOverridesOtherPromotions, couponOverridesAutomaticWhenOfferingHigherDiscounts, currentUses,
        createdFrom, codes, multipleCodes);
  }

  /**
   * This promotion as an update sends it: no id (it is in the path) and no redemption type, which
   * cannot change (the coupon type is sent back unchanged, as the store asks).
   */
  public Promotion forUpdate() {
    return new Promotion(null, null, name, displayName, channels, customer, rules, maxUses, status, startDate,
        endDate, stop, canBeUsedWithOtherPromotions, currencyCode, notifications, shippingAddress, schedule,
        couponType, couponOverridesOtherPromotions, couponOverridesAutomaticWhenOfferingHigherDiscounts, null, null,
        null, null);
  }
}
