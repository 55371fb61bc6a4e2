package dev.stagingpro.core.store.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/**
 * A catalog product ({@code /v3/catalog/products}). Read-only fields (dates, counters,
 * calculated values, and the sub-resources that have their own endpoints) are read from the store
 * but never sent. Sub-resource lists are only filled when the read asked for them ({@code include}).
 * {@code variants}, {@code images}, {@code videos}, {@code customFields} and {@code bulkPricingRules}
 * may be nested in a create; updates leave them out (they have their own endpoints).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Product(
    Integer id,
    String name,
    String type,
    String sku,
    String description,
    BigDecimal weight,
    BigDecimal width,
    BigDecimal depth,
    BigDecimal height,
    BigDecimal price,
    BigDecimal costPrice,
    BigDecimal retailPrice,
    BigDecimal salePrice,
    BigDecimal mapPrice,
    Integer taxClassId,
    String productTaxCode,
    List<Integer> categories,
    Integer brandId,
    Integer inventoryLevel,
    Integer inventoryWarningLevel,
    String inventoryTracking,
    BigDecimal fixedCostShippingPrice,
    Boolean isFreeShipping,
    Boolean isVisible,
    Boolean isFeatured,
    List<Integer> relatedProducts,
    String warranty,
    String binPickingNumber,
    String layoutFile,
    String upc,
    String searchKeywords,
    String availabilityDescription,
    String availability,
    String giftWrappingOptionsType,
    List<Integer> giftWrappingOptionsList,
    Integer sortOrder,
    String condition,
    Boolean isConditionShown,
    Integer orderQuantityMinimum,
    Integer orderQuantityMaximum,
    String pageTitle,
    List<String> metaKeywords,
    String metaDescription,
    Integer viewCount,
    String preorderReleaseDate,
    String preorderMessage,
    Boolean isPreorderOnly,
    Boolean isPriceHidden,
    String priceHiddenLabel,
    CustomUrl customUrl,
    String openGraphType,
    String openGraphTitle,
    String openGraphDescription,
    Boolean openGraphUseMetaDescription,
    Boolean openGraphUseProductName,
    Boolean openGraphUseImage,
    String gtin,
    String mpn,
    String dateLastImported,
    List<CustomField> customFields,
    List<BulkPricingRule> bulkPricingRules,
    List<ProductImage> images,
    List<ProductVideo> videos,
    List<ProductVariant> variants,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<ProductOption> options,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<ProductModifier> modifiers,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<Integer> channels,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) ProductImage primaryImage,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer reviewsRatingSum,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer reviewsCount,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer totalSold,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) BigDecimal calculatedPrice,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) Integer baseVariantId,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateCreated,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String dateModified) {
  /**
   * A new product with the fields a create requires.
   *
   * @param type {@code physical} or {@code digital}
   */
  public static Product draft(String name, String type, String sku, BigDecimal price, BigDecimal weight) {
    return builder().name(name).type(type).sku(sku).price(price).weight(weight).build();
  }

  /** This product without the nested lists only a create takes, as a batch update sends it. */
  public Product forUpdate() {
    return toBuilder().customFields(null).bulkPricingRules(null).images(null).videos(null).variants(null).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values, to change a few of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.type = type;
    b.sku = sku;
    b.description = description;
    b.weight = weight;
    b.width = width;
    b.depth = depth;
    b.height = height;
    b.price = price;
    b.costPrice = costPrice;
    b.retailPrice = retailPrice;
    b.salePrice = salePrice;
    b.mapPrice = mapPrice;
    b.taxClassId = taxClassId;
    b.productTaxCode = productTaxCode;
    b.categories = categories;
    b.brandId = brandId;
    b.inventoryLevel = inventoryLevel;
    b.inventoryWarningLevel = inventoryWarningLevel;
    b.inventoryTracking = inventoryTracking;
    b.fixedCostShippingPrice = fixedCostShippingPrice;
    b.isFreeShipping = isFreeShipping;
    b.isVisible = isVisible;
    b.isFeatured = isFeatured;
    b.relatedProducts = relatedProducts;
    b.warranty = warranty;
    b.binPickingNumber = binPickingNumber;
    b.layoutFile = layoutFile;
    b.upc = upc;
    b.searchKeywords = searchKeywords;
    b.availabilityDescription = availabilityDescription;
    b.availability = availability;
    b.giftWrappingOptionsType = giftWrappingOptionsType;
    b.giftWrappingOptionsList = giftWrappingOptionsList;
    b.sortOrder = sortOrder;
    b.condition = condition;
    b.isConditionShown = isConditionShown;
    b.orderQuantityMinimum = orderQuantityMinimum;
    b.orderQuantityMaximum = orderQuantityMaximum;
    b.pageTitle = pageTitle;
    b.metaKeywords = metaKeywords;
    b.metaDescription = metaDescription;
    b.viewCount = viewCount;
    b.preorderReleaseDate = preorderReleaseDate;
    b.preorderMessage = preorderMessage;
    b.isPreorderOnly = isPreorderOnly;
    b.isPriceHidden = isPriceHidden;
    b.priceHiddenLabel = priceHiddenLabel;
    b.customUrl = customUrl;
    b.openGraphType = openGraphType;
    b.openGraphTitle = openGraphTitle;
    b.openGraphDescription = openGraphDescription;
    b.openGraphUseMetaDescription = openGraphUseMetaDescription;
    b.openGraphUseProductName = openGraphUseProductName;
    b.openGraphUseImage = openGraphUseImage;
    b.gtin = gtin;
    b.mpn = mpn;
    b.dateLastImported = dateLastImported;
    b.customFields = customFields;
    b.bulkPricingRules = bulkPricingRules;
    b.images = images;
    b.videos = videos;
    b.variants = variants;
    b.options = options;
    b.modifiers = modifiers;
    b.channels = channels;
    b.primaryImage = primaryImage;
    b.reviewsRatingSum = reviewsRatingSum;
    b.reviewsCount = reviewsCount;
    b.totalSold = totalSold;
    b.calculatedPrice = calculatedPrice;
    b.baseVariantId = baseVariantId;
    b.dateCreated = dateCreated;
    b.dateModified = dateModified;
    return b;
  }

  /** Fluent construction; unset fields stay null and are not sent. */
  public static final class Builder {
    private Integer id;
    private String name;
    private String type;
    private String sku;
    private String description;
    private BigDecimal weight;
    private BigDecimal width;
    private BigDecimal depth;
    private BigDecimal height;
    private BigDecimal price;
    private BigDecimal costPrice;
    private BigDecimal retailPrice;
    private BigDecimal salePrice;
    private BigDecimal mapPrice;
    private Integer taxClassId;
    private String productTaxCode;
    private List<Integer> categories;
    private Integer brandId;
    private Integer inventoryLevel;
    private Integer inventoryWarningLevel;
    private String inventoryTracking;
    private BigDecimal fixedCostShippingPrice;
    private Boolean isFreeShipping;
    private Boolean isVisible;
    private Boolean isFeatured;
    private List<Integer> relatedProducts;
    private String warranty;
    private String binPickingNumber;
    private String layoutFile;
    private String upc;
    private String searchKeywords;
    private String availabilityDescription;
    private String availability;
    private String giftWrappingOptionsType;
    private List<Integer> giftWrappingOptionsList;
    private Integer sortOrder;
    private String condition;
    private Boolean isConditionShown;
    private Integer orderQuantityMinimum;
    private Integer orderQuantityMaximum;
    private String pageTitle;
    private List<String> metaKeywords;
    private String metaDescription;
    private Integer viewCount;
    private String preorderReleaseDate;
    private String preorderMessage;
    private Boolean isPreorderOnly;
    private Boolean isPriceHidden;
    private String priceHiddenLabel;
    private CustomUrl customUrl;
    private String openGraphType;
    private String openGraphTitle;
    private String openGraphDescription;
    private Boolean openGraphUseMetaDescription;
    private Boolean openGraphUseProductName;
    private Boolean openGraphUseImage;
    private String gtin;
    private String mpn;
    private String dateLastImported;
    private List<CustomField> customFields;
    private List<BulkPricingRule> bulkPricingRules;
    private List<ProductImage> images;
    private List<ProductVideo> videos;
    private List<ProductVariant> variants;
    private List<ProductOption> options;
    private List<ProductModifier> modifiers;
    private List<Integer> channels;
    private ProductImage primaryImage;
    private Integer reviewsRatingSum;
    private Integer reviewsCount;
    private Integer totalSold;
    private BigDecimal calculatedPrice;
    private Integer baseVariantId;
    private String dateCreated;
    private String dateModified;

    private Builder() {}

    public Builder id(Integer value) {
      this.id = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder type(String value) {
      this.type = value;
      return this;
    }

    public Builder sku(String value) {
      this.sku = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
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

    public Builder depth(BigDecimal value) {
      this.depth = value;
      return this;
    }

    public Builder height(BigDecimal value) {
      this.height = value;
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

    public Builder retailPrice(BigDecimal value) {
      this.retailPrice = value;
      return this;
    }

    public Builder salePrice(BigDecimal value) {
      this.salePrice = value;
      return this;
    }

    public Builder mapPrice(BigDecimal value) {
      this.mapPrice = value;
      return this;
    }

    public Builder taxClassId(Integer value) {
      this.taxClassId = value;
      return this;
    }

    public Builder productTaxCode(String value) {
      this.productTaxCode = value;
      return this;
    }

    public Builder categories(List<Integer> value) {
      this.categories = value;
      return this;
    }

    public Builder brandId(Integer value) {
      this.brandId = value;
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

    public Builder inventoryTracking(String value) {
      this.inventoryTracking = value;
      return this;
    }

    public Builder fixedCostShippingPrice(BigDecimal value) {
      this.fixedCostShippingPrice = value;
      return this;
    }

    public Builder isFreeShipping(Boolean value) {
      this.isFreeShipping = value;
      return this;
    }

    public Builder isVisible(Boolean value) {
      this.isVisible = value;
      return this;
    }

    public Builder isFeatured(Boolean value) {
      this.isFeatured = value;
      return this;
    }

    public Builder relatedProducts(List<Integer> value) {
      this.relatedProducts = value;
      return this;
    }

    public Builder warranty(String value) {
      this.warranty = value;
      return this;
    }

    public Builder binPickingNumber(String value) {
      this.binPickingNumber = value;
      return this;
    }

    public Builder layoutFile(String value) {
      this.layoutFile = value;
      return this;
    }

    public Builder upc(String value) {
      this.upc = value;
      return this;
    }

    public Builder searchKeywords(String value) {
      this.searchKeywords = value;
      return this;
    }

    public Builder availabilityDescription(String value) {
      this.availabilityDescription = value;
      return this;
    }

    public Builder availability(String value) {
      this.availability = value;
      return this;
    }

    public Builder giftWrappingOptionsType(String value) {
      this.giftWrappingOptionsType = value;
      return this;
    }

    public Builder giftWrappingOptionsList(List<Integer> value) {
      this.giftWrappingOptionsList = value;
      return this;
    }

    public Builder sortOrder(Integer value) {
      this.sortOrder = value;
      return this;
    }

    public Builder condition(String value) {
      this.condition = value;
      return this;
    }

    public Builder isConditionShown(Boolean value) {
      this.isConditionShown = value;
      return this;
    }

    public Builder orderQuantityMinimum(Integer value) {
      this.orderQuantityMinimum = value;
      return this;
    }

    public Builder orderQuantityMaximum(Integer value) {
      this.orderQuantityMaximum = value;
      return this;
    }

    public Builder pageTitle(String value) {
      this.pageTitle = value;
      return this;
    }

    public Builder metaKeywords(List<String> value) {
      this.metaKeywords = value;
      return this;
    }

    public Builder metaDescription(String value) {
      this.metaDescription = value;
      return this;
    }

    public Builder viewCount(Integer value) {
      this.viewCount = value;
      return this;
    }

    public Builder preorderReleaseDate(String value) {
      this.preorderReleaseDate = value;
      return this;
    }

    public Builder preorderMessage(String value) {
      this.preorderMessage = value;
      return this;
    }

    public Builder isPreorderOnly(Boolean value) {
      this.isPreorderOnly = value;
      return this;
    }

    public Builder isPriceHidden(Boolean value) {
      this.isPriceHidden = value;
      return this;
    }

    public Builder priceHiddenLabel(String value) {
      this.priceHiddenLabel = value;
      return this;
    }

    public Builder customUrl(CustomUrl value) {
      this.customUrl = value;
      return this;
    }

    public Builder openGraphType(String value) {
      this.openGraphType = value;
      return this;
    }

    public Builder openGraphTitle(String value) {
      this.openGraphTitle = value;
      return this;
    }

    public Builder openGraphDescription(String value) {
      this.openGraphDescription = value;
      return this;
    }

    public Builder openGraphUseMetaDescription(Boolean value) {
      this.openGraphUseMetaDescription = value;
      return this;
    }

    public Builder openGraphUseProductName(Boolean value) {
      this.openGraphUseProductName = value;
      return this;
    }

    public Builder openGraphUseImage(Boolean value) {
      this.openGraphUseImage = value;
      return this;
    }

    public Builder gtin(String value) {
      this.gtin = value;
      return this;
    }

    public Builder mpn(String value) {
      this.mpn = value;
      return this;
    }

    public Builder dateLastImported(String value) {
      this.dateLastImported = value;
      return this;
    }

    public Builder customFields(List<CustomField> value) {
      this.customFields = value;
      return this;
    }

    public Builder bulkPricingRules(List<BulkPricingRule> value) {
      this.bulkPricingRules = value;
      return this;
    }

    public Builder images(List<ProductImage> value) {
      this.images = value;
      return this;
    }

    public Builder videos(List<ProductVideo> value) {
      this.videos = value;
      return this;
    }

    public Builder variants(List<ProductVariant> value) {
      this.variants = value;
      return this;
    }

    public Builder options(List<ProductOption> value) {
      this.options = value;
      return this;
    }

    public Builder modifiers(List<ProductModifier> value) {
      this.modifiers = value;
      return this;
    }

    public Builder channels(List<Integer> value) {
      this.channels = value;
      return this;
    }

    public Builder primaryImage(ProductImage value) {
      this.primaryImage = value;
      return this;
    }

    public Builder reviewsRatingSum(Integer value) {
      this.reviewsRatingSum = value;
      return this;
    }

    public Builder reviewsCount(Integer value) {
      this.reviewsCount = value;
      return this;
    }

    public Builder totalSold(Integer value) {
      this.totalSold = value;
      return this;
    }

    public Builder calculatedPrice(BigDecimal value) {
      this.calculatedPrice = value;
      return this;
    }

    public Builder baseVariantId(Integer value) {
      this.baseVariantId = value;
      return this;
    }

    public Builder dateCreated(String value) {
      this.dateCreated = value;
      return this;
    }

    public Builder dateModified(String value) {
      this.dateModified = value;
      return this;
    }

    public Product build() {
      return new Product(id, name, type, sku, description, weight, width, depth, height, price, costPrice, retailPrice, salePrice, mapPrice, taxClassId, productTaxCode, categories, brandId, inventoryLevel, inventoryWarningLevel, inventoryTracking, fixedCostShippingPrice, isFreeShipping, isVisible, isFeatured, relatedProducts, warranty, binPickingNumber, layoutFile, upc, searchKeywords, availabilityDescription, availability, giftWrappingOptionsType, giftWrappingOptionsList, sortOrder, condition, isConditionShown, orderQuantityMinimum, orderQuantityMaximum, pageTitle, metaKeywords, metaDescription, viewCount, preorderReleaseDate, preorderMessage, isPreorderOnly, isPriceHidden, priceHiddenLabel, customUrl, openGraphType, openGraphTitle, openGraphDescription, openGraphUseMetaDescription, openGraphUseProductName, openGraphUseImage, gtin, mpn, dateLastImported, customFields, bulkPricingRules, images, videos, variants, options, modifiers, channels, primaryImage, reviewsRatingSum, reviewsCount, totalSold, calculatedPrice, baseVariantId, dateCreated, dateModified);
    }
  }
}
