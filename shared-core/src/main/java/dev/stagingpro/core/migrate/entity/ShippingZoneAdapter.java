package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.model.ShippingZone;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shipping zones by name: type, locations (countries, states or ZIP codes, in a stable order),
 * free shipping, handling fees and whether enabled. Shipping methods come in a later version.
 */
public final class ShippingZoneAdapter extends NamedAdapter<ShippingZone> {
  public ShippingZoneAdapter() {
    super(Entity.SHIPPING_ZONES);
  }

  @Override
  NamedRecords<ShippingZone> records(StoreSide store) {
    return store.shippingZones();
  }

  @Override
  Integer id(ShippingZone zone) {
    return zone.id();
  }

  @Override
  ObjectNode fields(ShippingZone zone, StoreSide store) {
    ObjectNode fields = Portable.without(Portable.tree(zone), "id");
    fields.set("locations", Portable.arrayOf(zone.locations(), l -> Portable.without(Portable.tree(l), "id"),
        Comparator.comparing(ShippingZoneAdapter::locationKey)));
    return fields;
  }

  private static String locationKey(JsonNode location) {
    return location.path("country_iso2").asText("") + "|" + location.path("state_iso2").asText("") + "|" + location.path("zip").asText("");
  }

  @Override
  Optional<ShippingZone> draft(PortableRecord record, StoreSide store, Integer id) {
    return Optional.of(Portable.typed(record.fields(), ShippingZone.class).withId(id));
  }

  @Override
  BatchResult<ShippingZone> sendCreates(StoreSide store, List<ShippingZone> drafts) {
    return store.connector().shippingZones().create(drafts);
  }

  @Override
  BatchResult<ShippingZone> sendUpdates(StoreSide store, List<ShippingZone> zones) {
    return store.connector().shippingZones().update(zones);
  }

  @Override
  BatchResult<Integer> sendDeletes(StoreSide store, List<Integer> ids) {
    return store.connector().shippingZones().delete(ids);
  }
}
