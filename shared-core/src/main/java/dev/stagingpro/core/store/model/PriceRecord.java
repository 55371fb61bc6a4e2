package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One price of one variant in one currency on a price list. Across stores a record is matched by
 * list + {@code sku} + {@code currency} (variant ids differ per store), so records to write name
 * the variant by SKU; reads carry the SKU when {@code include=sku} is asked for. Bulk pricing tiers
 * have the shape of product bulk pricing rules (without ids).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceRecord(
    Integer priceListId,
    Integer variantId,
    String sku,
    String currency,
    BigDecimal price,
    BigDecimal salePrice,
    BigDecimal retailPrice,
    BigDecimal mapPrice,
    List<BulkPricingRule> bulkPricingTiers,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer productId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) BigDecimal calculatedPrice,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  /** A price for the variant with this SKU. */
  public static PriceRecord bySku(String sku, String currency, BigDecimal price) {
    return new PriceRecord(null, null, sku, currency, price, null, null, null, null, null, null, null, null);
  }

  /** The same prices for the variant with {@code newSku}, without the store-specific variant id and list. */
  public PriceRecord forSku(String newSku) {
    return new PriceRecord(null, null, newSku, currency, price, salePrice, retailPrice, mapPrice, bulkPricingTiers,
        null, null, null, null);
  }

  /** This record as a write to one list sends it (the list is in the path). */
  public PriceRecord withoutList() {
    return new PriceRecord(null, variantId, sku, currency, price, salePrice, retailPrice, mapPrice, bulkPricingTiers,
        productId, calculatedPrice, dateCreated, dateModified);
  }

  /**
   * Identity within a list: currency (without case) and the SKU, or the variant id when the
   * record has no SKU.
   */
  public String key() {
    String variant = sku != null ? "sku:" + sku : variantId != null ? "variant:" + variantId : null;
    return variant == null || currency == null ? null : currency.toLowerCase(Locale.ROOT) + "|" + variant;
  }
}
