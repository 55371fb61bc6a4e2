package dev.stagingpro.core.store;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Catalog products and their sub-resources. */
public interface Products {
  /**
   * Products page by page. Filters: {@code id:in}, {@code sku}, {@code sku:in}, {@code name},
   * {@code brand_id}, {@code categories:in}, {@code channel_id:in}, {@code is_visible},
   * {@code date_modified:min}, ... Include: {@code variants}, {@code images}, {@code custom_fields},
   * {@code bulk_pricing_rules}, {@code primary_image}, {@code modifiers}, {@code options},
   * {@code videos}, {@code channels}.
   */
  Stream<Product> list(ListQuery query);

  /** The product with this product-level SKU. */
  Optional<Product> findBySku(String sku);

  /**
   * Creates products (one request each, several in flight). A product's natural key is its SKU,
   * or its name when it has none: a create that may have reached the store before the connection
   * failed is looked up by that key before it is sent again.
   */
  BatchResult<Product> create(List<Product> drafts);

  /** Updates products by id, 10 per request; nested create-only lists are left out. */
  BatchResult<Product> update(List<Product> products);

  /** Deletes products by id, 250 per request. */
  BatchResult<Integer> delete(List<Integer> ids);

  /** Updates variants by id across products ({@code PUT /catalog/variants}, 50 per request). */
  BatchResult<ProductVariant> updateVariants(List<ProductVariant> variants);

  /** Variants; natural key SKU. */
  ProductParts<ProductVariant> variants();

  /** Variant options; natural key display name. Create options before the variants that use them. */
  ProductParts<ProductOption> options();

  /** Modifiers; natural key display name. */
  ProductParts<ProductModifier> modifiers();

  /** Images; natural key (sort order, thumbnail flag, description): images have no stable key. */
  ProductParts<ProductImage> images();

  /** Videos; natural key YouTube video id. */
  ProductParts<ProductVideo> videos();

  /** Custom fields; natural key (name, value). */
  ProductParts<CustomField> customFields();

  /**
   * Reviews; natural key (title, reviewer e-mail). Not part of a product body, so reading them costs
   * one request per product.
   */
  ProductParts<ProductReview> reviews();

  /** Bulk pricing rules; natural key (minimum, maximum quantity). */
  ProductParts<BulkPricingRule> bulkPricingRules();

  /** Channel assignments. Filters: {@code product_id:in}, {@code channel_id:in}. */
  Stream<ChannelAssignment> channelAssignments(ListQuery query);

  /** Lists products on channels (idempotent; never sent in parallel, as the store asks). */
  void assignChannels(List<ChannelAssignment> assignments);

  /** Removes the given products from the given channels. */
  void unassignChannels(List<Integer> productIds, List<Integer> channelIds);
}
