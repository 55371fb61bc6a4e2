package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.model.Brand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Brands: name, page title, meta keywords and description, image URL, search keywords, custom URL. */
public final class BrandAdapter extends AdapterBase {
  private static final int MAX_NAME = 255;

  public BrandAdapter() {
    super(Entity.BRANDS, true);
  }

  @Override
  public Stream<PortableRecord> read(StoreSide store) {
    return store.brands().stream().map(BrandAdapter::portable);
  }

  static PortableRecord portable(Brand brand) {
    ObjectNode fields = Portable.withoutDerivedUrl(Portable.without(Portable.tree(brand), "id"), "custom_url");
    return new PortableRecord(Entity.BRANDS, brand.name(), fields, Optional.of(brand.id().longValue()));
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    for (String key : keys) {
      store.brand(key).ifPresent(brand -> found.put(key, new StoredRecord(portable(brand), Portable.object())));
    }
    return found;
  }

  @Override
  public boolean exists(StoreSide store, String key) {
    return store.brandId(key).isPresent();
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    if (record.key().length() > MAX_NAME) {
      problems.add("name is longer than " + MAX_NAME + " characters");
    }
    return problems;
  }

  @Override
  public int writeChunk() {
    return 50;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    List<Brand> drafts = records.stream().map(r -> Portable.typed(r.fields(), Brand.class).withId(null)).toList();
    return Batches.outcomes(keys(records), store.connector().brands().create(drafts), saved(store));
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    List<Brand> brands = updates.stream()
        .map(u -> Portable.typed(u.source().fields(), Brand.class).withId(u.destination().id())).toList();
    return Batches.outcomes(updates.stream().map(u -> u.source().key()).toList(), store.connector().brands().update(brands), saved(store));
  }

  private static java.util.function.Function<Brand, Integer> saved(StoreSide store) {
    return brand -> {
      store.brandSaved(brand);
      return brand.id();
    };
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    List<WriteOutcome> outcomes = Batches.deletions(keys(records.stream().map(StoredRecord::record).toList()), ids,
        store.connector().brands().delete(ids));
    outcomes.stream().filter(WriteOutcome::ok).forEach(o -> store.brandDeleted(o.key()));
    return outcomes;
  }

  static List<String> keys(List<PortableRecord> records) {
    return records.stream().map(PortableRecord::key).toList();
  }
}
