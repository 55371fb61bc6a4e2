package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.MetafieldOwner;
import dev.stagingpro.core.store.Metafields;
import dev.stagingpro.core.store.model.Metafield;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@link Metafields} through the batch endpoints ({@code <collection>/metafields}). */
final class BcMetafields implements Metafields {
  /** The specs state no batch maximum for metafields; 50 stays well within what stores take. */
  static final int BATCH = 50;

  private final Wire wire;

  BcMetafields(Wire wire) {
    this.wire = wire;
  }

  private static String batchPath(MetafieldOwner owner) {
    return owner.collection() + "/metafields";
  }

  @Override
  public Stream<Metafield> list(MetafieldOwner owner, ListQuery query) {
    return wire.list(ApiRequest.get("v3", batchPath(owner)), query, Pager.Style.CURSOR, Metafield.class);
  }

  @Override
  public Stream<Metafield> listFor(MetafieldOwner owner, int resourceId, ListQuery query) {
    if (!owner.hasResourceId() || owner == MetafieldOwner.VARIANT) {
      throw new IllegalArgumentException(owner + " metafields are listed with list(owner, query)");
    }
    String template = owner.collection() + "/{id}/metafields";
    return wire.list(ApiRequest.get("v3", template, resourceId), query, Pager.Style.CURSOR, Metafield.class);
  }

  @Override
  public BatchResult<Metafield> create(MetafieldOwner owner, List<Metafield> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            BATCH,
            batch -> ApiRequest.of("POST", "v3", batchPath(owner)).withJson(batch),
            Metafield.class,
            m -> NaturalKeys.metafield(owner.hasResourceId() ? m : m.withoutResource()),
            batch -> findExisting(owner, batch)));
  }

  /** This batch's metafields on the store, by (resource, namespace, key). */
  private Map<String, Metafield> findExisting(MetafieldOwner owner, List<Metafield> drafts) {
    Set<String> namespaces = new HashSet<>();
    Set<String> keys = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    for (Metafield d : drafts) {
      namespaces.add(d.namespace());
      keys.add(d.key());
      wanted.add(NaturalKeys.metafield(owner.hasResourceId() ? d : d.withoutResource()));
    }
    List<Metafield> candidates =
        list(owner, ListQuery.where("namespace:in", namespaces).and("key:in", keys))
            .map(m -> owner.hasResourceId() ? m : m.withoutResource())
            .filter(m -> wanted.contains(NaturalKeys.metafield(m)))
            .toList();
    return BatchWriter.byKey(candidates, NaturalKeys::metafield);
  }

  @Override
  public BatchResult<Metafield> update(MetafieldOwner owner, List<Metafield> metafields) {
    return wire.write(
        metafields,
        WriteSpec.update(
            BATCH,
            // the metafield is named by its id; the update schema has no resource_id
            batch -> ApiRequest.of("PUT", "v3", batchPath(owner))
                .withJson(batch.stream().map(Metafield::withoutResource).toList()),
            Metafield.class,
            m -> NaturalKeys.id(m.id()),
            m -> NaturalKeys.id(m.id())));
  }

  @Override
  public BatchResult<Integer> delete(MetafieldOwner owner, List<Integer> ids) {
    return wire.write(
        ids,
        new WriteSpec<Integer, Integer>(
            BATCH,
            false,
            batch -> ApiRequest.of("DELETE", "v3", batchPath(owner)).withJson(batch),
            node -> node.asInt(),
            String::valueOf,
            String::valueOf,
            null,
            null));
  }
}
