package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.Brands;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Brand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Brands} on the v3 catalog API (one brand per write request). */
final class BcBrands implements Brands {
  private static final String BRANDS = "/catalog/brands";
  private static final String BRAND = BRANDS + "/{brand_id}";

  private final Wire wire;

  BcBrands(Wire wire) {
    this.wire = wire;
  }

  @Override
  public Stream<Brand> list(ListQuery query) {
    return wire.list(ApiRequest.get("v3", BRANDS), query, Pager.Style.OFFSET, Brand.class);
  }

  @Override
  public Optional<Brand> findByName(String name) {
    return list(ListQuery.where("name", name)).filter(b -> name.equals(b.name())).findFirst();
  }

  @Override
  public BatchResult<Brand> create(List<Brand> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v3", BRANDS).withJson(batch.get(0)),
            Brand.class,
            Brand::name,
            batch -> {
              Map<String, Brand> found = new HashMap<>();
              batch.forEach(d -> findByName(d.name()).ifPresent(b -> found.put(b.name(), b)));
              return found;
            }));
  }

  @Override
  public BatchResult<Brand> update(List<Brand> brands) {
    return wire.write(
        brands,
        WriteSpec.update(
            1,
            batch -> ApiRequest.of("PUT", "v3", BRAND, batch.get(0).id()).withJson(batch.get(0).withId(null)),
            Brand.class,
            b -> NaturalKeys.id(b.id()),
            b -> NaturalKeys.id(b.id())));
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteEach(ids, id -> ApiRequest.of("DELETE", "v3", BRAND, id));
  }
}
