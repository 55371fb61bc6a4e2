package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.ShippingZones;
import dev.stagingpro.core.store.model.ShippingZone;
import java.util.List;

/** {@link ShippingZones} on the v2 API (bare JSON, one zone per write, the list in one read). */
final class BcShippingZones implements ShippingZones {
  private static final String ZONES = "/shipping/zones";
  private static final String ZONE = ZONES + "/{id}";

  private final Wire wire;

  BcShippingZones(Wire wire) {
    this.wire = wire;
  }

  @Override
  public List<ShippingZone> list() {
    return wire.all(ApiRequest.get("v2", ZONES), ListQuery.all(), ShippingZone.class);
  }

  @Override
  public BatchResult<ShippingZone> create(List<ShippingZone> drafts) {
    WriteSpec<ShippingZone, ShippingZone> spec =
        WriteSpec.create(
            1,
            batch -> ApiRequest.of("POST", "v2", ZONES).withJson(batch.get(0).withId(null)),
            ShippingZone.class,
            ShippingZone::name,
            batch -> BatchWriter.byKey(list(), ShippingZone::name));
    return wire.write(drafts, spec.inV2());
  }

  @Override
  public BatchResult<ShippingZone> update(List<ShippingZone> zones) {
    WriteSpec<ShippingZone, ShippingZone> spec =
        WriteSpec.update(
            1,
            batch -> ApiRequest.of("PUT", "v2", ZONE, batch.get(0).id()).withJson(batch.get(0).withId(null)),
            ShippingZone.class,
            z -> NaturalKeys.id(z.id()),
            z -> NaturalKeys.id(z.id()));
    return wire.write(zones, spec.inV2());
  }

  @Override
  public BatchResult<Integer> delete(List<Integer> ids) {
    return wire.deleteEach(ids, id -> ApiRequest.of("DELETE", "v2", ZONE, id));
  }
}
