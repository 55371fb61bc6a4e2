package dev.stagingpro.core.store;

import java.util.List;

/**
 * One kind of sub-resource of a product (variants, options, images, ...). Creates are guarded by
 * the part's natural key within its product, so a retried create never makes a twin.
 */
public interface ProductParts<T> {
  /** Every part of this kind on the product, fetched page by page. */
  List<T> list(int productId);

  T create(int productId, T draft);

  /** Updates the part {@code partId} of the product. */
  T update(int productId, int partId, T part);

  void delete(int productId, int partId);
}
