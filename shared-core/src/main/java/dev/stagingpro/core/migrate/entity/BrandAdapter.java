package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.model.Brand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Brands: name, page title, meta keywords and description, image URL, search keywords, custom URL. */
public final class BrandAdapter extends NamedAdapter<Brand> {
  private static final int MAX_NAME = 255;

  public BrandAdapter() {
    super(Entity.BRANDS);
  }

  @Override
  NamedRecords<Brand> records(StoreSide store) {
    return store.brandRecords();
  }

  @Override
  Integer id(Brand brand) {
    return brand.id();
  }

  @Override
  ObjectNode fields(Brand brand, StoreSide store) {
    return Portable.withoutDerivedUrl(Portable.without(Portable.tree(brand), "id"), "custom_url");
  }

  @Override
  Optional<Brand> draft(PortableRecord record, StoreSide store, Integer id) {
    return Optional.of(Portable.typed(record.fields(), Brand.class).withId(id));
  }

  @Override
  BatchResult<Brand> sendCreates(StoreSide store, List<Brand> drafts) {
    return store.connector().brands().create(drafts);
  }

  @Override
  BatchResult<Brand> sendUpdates(StoreSide store, List<Brand> brands) {
    return store.connector().brands().update(brands);
  }

  @Override
  BatchResult<Integer> sendDeletes(StoreSide store, List<Integer> ids) {
    return store.connector().brands().delete(ids);
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    if (record.key().length() > MAX_NAME) {
      problems.add("name is longer than " + MAX_NAME + " characters");
    }
    return problems;
  }

  static List<String> keys(List<PortableRecord> records) {
    return records.stream().map(PortableRecord::key).toList();
  }
}
