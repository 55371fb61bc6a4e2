package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.ShippingZone;
import java.util.List;

/** Shipping zones (v2 API, the whole list at once); matched by {@code name}. */
public interface ShippingZones {
  List<ShippingZone> list();

  /** One request each; duplicate-safe by name. */
  BatchResult<ShippingZone> create(List<ShippingZone> drafts);

  /** Updates zones by id; given locations replace the zone's locations. */
  BatchResult<ShippingZone> update(List<ShippingZone> zones);

  BatchResult<Integer> delete(List<Integer> ids);
}
