package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.ProductParts;
import dev.stagingpro.core.store.Products;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.ChannelAssignment;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductModifier;
import dev.stagingpro.core.store.model.ProductOption;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.ProductReview;
import dev.stagingpro.core.store.model.ProductVideo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Products} on the v3 catalog API. */
final class BcProducts implements Products {
  static final int UPDATE_BATCH = 10;
  static final int DELETE_BATCH = 250;
  static final int VARIANT_BATCH = 50;
  private static final int ASSIGNMENT_BATCH = 100;
  private static final String PRODUCTS = "/catalog/products";

  private final Wire wire;
  private final ProductParts<ProductVariant> variants;
  private final ProductParts<ProductOption> options;
  private final ProductParts<ProductModifier> modifiers;
  private final ProductParts<ProductImage> images;
  private final ProductParts<ProductVideo> videos;
  private final ProductParts<CustomField> customFields;
  private final ProductParts<BulkPricingRule> bulkPricingRules;
  private final ProductParts<ProductReview> reviews;

  BcProducts(Wire wire) {
    this.wire = wire;
    this.variants = new BcProductParts<>(wire, "variants", "variant_id", ProductVariant.class, ProductVariant::sku);
    this.options = new BcProductParts<>(wire, "options", "option_id", ProductOption.class, ProductOption::displayName);
    this.modifiers =
        new BcProductParts<>(wire, "modifiers", "modifier_id", ProductModifier.class, ProductModifier::displayName);
    this.images = new BcProductParts<>(wire, "images", "image_id", ProductImage.class, NaturalKeys::image);
    this.videos = new BcProductParts<>(wire, "videos", "id", ProductVideo.class, ProductVideo::videoId);
    this.customFields =
        new BcProductParts<>(wire, "custom-fields", "custom_field_id", CustomField.class, NaturalKeys::customField);
    this.bulkPricingRules = new BcProductParts<>(
        wire, "bulk-pricing-rules", "bulk_pricing_rule_id", BulkPricingRule.class, NaturalKeys::bulkPricingRule);
    this.reviews = new BcProductParts<>(wire, "reviews", "review_id", ProductReview.class, NaturalKeys::review);
  }

  @Override
  public Stream<Product> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", PRODUCTS), query, Pager.Style.OFFSET, Product.class);
  }

  @Override
  public Optional<Product> findBySku(String sku) {
    return list(ListQuery.where("sku", sku)).filter(p -> sku.equals(p.sku())).findFirst();
  }

  @Override
  public BatchResult<Product> create(List<Product> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", PRODUCTS).withJson(batch.get(0)),
            Product.class,
            NaturalKeys::product,
            this::findExisting));
  }

  /** Looks drafts up by SKU (one request for all) or, lacking one, by name. */
  private Map<String, Product> findExisting(List<Product> drafts) {
    List<String> skus = new ArrayList<>();
    Map<String, Product> found = new HashMap<>();
    for (Product draft : drafts) {
      if (draft.sku() != null && !draft.sku().isEmpty()) {
        skus.add(draft.sku());
      } else if (draft.name() != null) {
        list(ListQuery.where("name", draft.name())).forEach(p -> found.putIfAbsent("name:" + p.name(), p));
      }
    }
    if (!skus.isEmpty()) {
      list(ListQuery.where("sku:in", skus)).forEach(p -> found.putIfAbsent(NaturalKeys.product(p), p));
    }
    return found;
  }

  @Override
  public BatchResult<Product> update(List<Product> products) {
    return wire.write(
        products,
        WriteSpec.update(
            UPDATE_BATCH,
            batch -> ApiRequest.of("PUT", "v3", PRODUCTS).withJson(batch.stream().map(Product::forUpdate).toList()),
            Product.class,
            p -> NaturalKeys.id(p.id()),
            p -> NaturalKeys.id(p.id())));
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteByFilter(ids, DELETE_BATCH, batch -> ApiRequest.of("DELETE", "v3", PRODUCTS).withQuery("id:in", join(batch)));
  }

  @Override
  public BatchResult<ProductVariant> updateVariants(List<ProductVariant> list) {
    return wire.write(
        list,
        WriteSpec.update(
            VARIANT_BATCH,
            batch -> ApiRequest.of("PUT", "v3", "/catalog/variants").withJson(batch),
            ProductVariant.class,
            v -> NaturalKeys.id(v.id()),
            v -> NaturalKeys.id(v.id())));
  }

  @Override
  public ProductParts<ProductVariant> variants() {
    return variants;
  }

  @Override
  public ProductParts<ProductOption> options() {
    return options;
  }

  @Override
  public ProductParts<ProductModifier> modifiers() {
    return modifiers;
  }

  @Override
  public ProductParts<ProductImage> images() {
    return images;
  }

  @Override
  public ProductParts<ProductVideo> videos() {
    return videos;
  }

  @Override
  public ProductParts<CustomField> customFields() {
    return customFields;
  }

  @Override
  public ProductParts<ProductReview> reviews() {
    return reviews;
  }

  @Override
  public ProductParts<BulkPricingRule> bulkPricingRules() {
    return bulkPricingRules;
  }

  @Override
  public Stream<ChannelAssignment> channelAssignments(ListQuery query) {
    return wire.list(
        ApiRequest.get("v3", PRODUCTS + "/channel-assignments"), query, Pager.Style.OFFSET, ChannelAssignment.class);
  }

  @Override
  public void assignChannels(List<ChannelAssignment> assignments) {
    wire.runInChunks(assignments, ASSIGNMENT_BATCH,
        batch -> ApiRequest.of("PUT", "v3", PRODUCTS + "/channel-assignments").withJson(batch));
  }

  @Override
  public void unassignChannels(List<Integer> productIds, List<Integer> channelIds) {
    wire.runInChunks(productIds, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", PRODUCTS + "/channel-assignments")
            .withQuery("product_id:in", join(batch))
            .withQuery("channel_id:in", join(channelIds)));
  }

  static String join(List<?> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
