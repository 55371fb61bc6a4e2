package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.Brand;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Catalog brands; natural key {@code name}. */
public interface Brands {
  /** Filters: {@code id:in}, {@code name}, {@code name:like}, {@code page_title}. */
  Stream<Brand> list(ListQuery query);

  Optional<Brand> findByName(String name);

  /** One request each (the endpoint takes one brand), several in flight; duplicate-safe by name. */
  BatchResult<Brand> create(List<Brand> drafts);

  /** Updates brands by id. */
  BatchResult<Brand> update(List<Brand> brands);

  BatchResult<Integer> delete(List<Integer> ids);
}
