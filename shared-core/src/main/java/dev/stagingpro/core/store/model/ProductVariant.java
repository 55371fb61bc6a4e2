package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/**
 * A variant of a product: one SKU and its option values ({@code /catalog/products/{id}/variants},
 * batch {@code /catalog/variants}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductVariant(
    Integer id,
    Integer productId,
    String sku,
    List<VariantOptionValue> optionValues,
    BigDecimal price,
    BigDecimal costPrice,
    BigDecimal salePrice,
    BigDecimal retailPrice,
    BigDecimal mapPrice,
    BigDecimal weight,
    BigDecimal width,
    BigDecimal height,
    BigDecimal depth,
    Boolean isFreeShipping,
    BigDecimal fixedCostShippingPrice,
    Boolean purchasingDisabled,
    String purchasingDisabledMessage,
    String imageUrl,
    String upc,
    Integer inventoryLevel,
    Integer inventoryWarningLevel,
    String binPickingNumber,
    String mpn,
    String gtin,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer skuId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) BigDecimal calculatedPrice,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) BigDecimal calculatedWeight) {
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to change a few of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.productId = productId;
    b.sku = sku;
    b.optionValues = optionValues;
    b.price = price;
    b.costPrice = costPrice;
    b.salePrice = salePrice;
    b.retailPrice = retailPrice;
    b.mapPrice = mapPrice;
    b.weight = weight;
    b.width = width;
    b.height = height;
    b.depth = depth;
    b.isFreeShipping = isFreeShipping;
    b.fixedCostShippingPrice = fixedCostShippingPrice;
    b.purchasingDisabled = purchasingDisabled;
    b.purchasingDisabledMessage = purchasingDisabledMessage;
    b.imageUrl = imageUrl;
    b.upc = upc;
    b.inventoryLevel = inventoryLevel;
    b.inventoryWarningLevel = inventoryWarningLevel;
    b.binPickingNumber = binPickingNumber;
    b.mpn = mpn;
    b.gtin = gtin;
    b.skuId = skuId;
    b.calculatedPrice = calculatedPrice;
    b.calculatedWeight = calculatedWeight;
    return b;
  }

  /** Fluent construction; unset fields stay null and are not sent. */
  public static final class Builder {
    private Integer id;
    private Integer productId;
    private String sku;
    private List<VariantOptionValue> optionValues;
    private BigDecimal price;
    private BigDecimal costPrice;
    private BigDecimal salePrice;
    private BigDecimal retailPrice;
    private BigDecimal mapPrice;
    private BigDecimal weight;
    private BigDecimal width;
    private BigDecimal height;
    private BigDecimal depth;
    private Boolean isFreeShipping;
    private BigDecimal fixedCostShippingPrice;
    private Boolean purchasingDisabled;
    private String purchasingDisabledMessage;
    private String imageUrl;
    private String upc;
    private Integer inventoryLevel;
    private Integer inventoryWarningLevel;
    private String binPickingNumber;
    private String mpn;
    private String gtin;
    private Integer skuId;
    private BigDecimal calculatedPrice;
    private BigDecimal calculatedWeight;

    private Builder() {}

    public Builder id(Integer value) {
      this.id = value;
      return this;
    }

    public Builder productId(Integer value) {
      this.productId = value;
      return this;
    }

    public Builder sku(String value) {
      this.sku = value;
      return this;
    }

    public Builder optionValues(List<VariantOptionValue> value) {
      this.optionValues = value;
      return this;
    }

    public Builder price(BigDecimal value) {
      this.price = value;
      return this;
    }

    public Builder costPrice(BigDecimal value) {
      this.costPrice = value;
      return this;
    }

    public Builder salePrice(BigDecimal value) {
      this.salePrice = value;
      return this;
    }

    public Builder retailPrice(BigDecimal value) {
      this.retailPrice = value;
      return this;
    }

    public Builder mapPrice(BigDecimal value) {
      this.mapPrice = value;
      return this;
    }

    public Builder weight(BigDecimal value) {
      this.weight = value;
      return this;
    }

    public Builder width(BigDecimal value) {
      this.width = value;
      return this;
    }

    public Builder height(BigDecimal value) {
      this.height = value;
      return this;
    }

    public Builder depth(BigDecimal value) {
      this.depth = value;
      return this;
    }

    public Builder isFreeShipping(Boolean value) {
      this.isFreeShipping = value;
      return this;
    }

    public Builder fixedCostShippingPrice(BigDecimal value) {
      this.fixedCostShippingPrice = value;
      return this;
    }

    public Builder purchasingDisabled(Boolean value) {
      this.purchasingDisabled = value;
      return this;
    }

    public Builder purchasingDisabledMessage(String value) {
      this.purchasingDisabledMessage = value;
      return this;
    }

    public Builder imageUrl(String value) {
      this.imageUrl = value;
      return this;
    }

    public Builder upc(String value) {
      this.upc = value;
      return this;
    }

    public Builder inventoryLevel(Integer value) {
      this.inventoryLevel = value;
      return this;
    }

    public Builder inventoryWarningLevel(Integer value) {
      this.inventoryWarningLevel = value;
      return this;
    }

    public Builder binPickingNumber(String value) {
      this.binPickingNumber = value;
      return this;
    }

    public Builder mpn(String value) {
      this.mpn = value;
      return this;
    }

    public Builder gtin(String value) {
      this.gtin = value;
      return this;
    }

    public Builder skuId(Integer value) {
      this.skuId = value;
      return this;
    }

    public Builder calculatedPrice(BigDecimal value) {
      this.calculatedPrice = value;
      return this;
    }

    public Builder calculatedWeight(BigDecimal value) {
      this.calculatedWeight = value;
      return this;
    }

    public ProductVariant build() {
      return new ProductVariant(id, productId, sku, optionValues, price, costPrice, salePrice, retailPrice, mapPrice, weight, width, height, depth, isFreeShipping, fixedCostShippingPrice, purchasingDisabled, purchasingDisabledMessage, imageUrl, upc, inventoryLevel, inventoryWarningLevel, binPickingNumber, mpn, gtin, skuId, calculatedPrice, calculatedWeight);
    }
  }
}
