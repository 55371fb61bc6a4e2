package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.ProductParts;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of product sub-resource at {@code /catalog/products/{product_id}/<kind>}: list, create
 * (guarded by the part's natural key within the product), update and delete.
 *
 * @param kind path segment, e.g. {@code images}
 * @param idParam the item template's id placeholder, e.g. {@code image_id}
 */
final class BcProductParts<T> implements ProductParts<T> {
  private final Wire wire;
  private final String collection;
  private final String item;
  private final Class<T> type;
  private final Function<T, String> key;

  BcProductParts(Wire wire, String kind, String idParam, Class<T> type, Function<T, String> key) {
    this.wire = wire;
    this.collection = "/catalog/products/{product_id}/" + kind;
    this.item = collection + "/{" + idParam + "}";
    this.type = type;
    this.key = key;
  }

  @Override
  public List<T> list(int productId) {
    return wire.list(ApiRequest.get("v3", collection, productId), ListQuery.all(), Pager.Style.OFFSET, type).toList();
  }

  @Override
  public T create(int productId, T draft) {
    WriteSpec<T, T> spec =
        WriteSpec.create(
            1,
            drafts -> ApiRequest.of("POST", "v3", collection, productId).withJson(drafts.get(0)),
            type,
            key,
            drafts -> BatchWriter.byKey(list(productId), key));
    return wire.createOne(draft, spec);
  }

  @Override
  public T update(int productId, int partId, T part) {
    return wire.one(ApiRequest.of("PUT", "v3", item, productId, partId).withJson(part), type);
  }

  @Override
  public void delete(int productId, int partId) {
    wire.delete(ApiRequest.of("DELETE", "v3", item, productId, partId));
  }
}
