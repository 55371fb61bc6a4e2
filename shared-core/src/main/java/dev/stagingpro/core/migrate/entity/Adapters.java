package dev.stagingpro.core.migrate.entity;

import dev.stagingpro.core.manifest.Entity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The entity adapters this version has, one per entity a migration can move. */
public final class Adapters {
  private final Map<Entity, EntityAdapter> adapters = new EnumMap<>(Entity.class);

  private Adapters(List<EntityAdapter> list) {
    list.forEach(a -> adapters.put(a.entity(), a));
  }

  public static Adapters standard() {
    return new Adapters(List.of(new BrandAdapter(), new CategoryAdapter(), new ProductAdapter(), new CustomerGroupAdapter(),
        new CustomerAdapter(), new PriceListAdapter(), new PriceRecordAdapter(), new PriceListAssignmentAdapter(),
        new ShippingZoneAdapter(), new PromotionAdapter(), new ProductReviewAdapter()));
  }

  public Optional<EntityAdapter> find(Entity entity) {
    return Optional.ofNullable(adapters.get(entity));
  }

  public EntityAdapter get(Entity entity) {
    EntityAdapter adapter = adapters.get(entity);
    if (adapter == null) {
      throw new IllegalArgumentException("no adapter for " + entity.key());
    }
    return adapter;
  }

  /** The entities that can be migrated, as written in the manifest. */
  public String supported() {
    return adapters.keySet().stream().map(Entity::key).collect(Collectors.joining(", "));
  }
}
