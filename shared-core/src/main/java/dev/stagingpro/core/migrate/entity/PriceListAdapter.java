package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.model.PriceList;
import java.util.List;
import java.util.Optional;

/** Price lists by name (and whether they are active); their records and assignments are entities of their own. */
public final class PriceListAdapter extends NamedAdapter<PriceList> {
  public PriceListAdapter() {
    super(Entity.PRICE_LISTS);
  }

  @Override
  NamedRecords<PriceList> records(StoreSide store) {
    return store.priceLists();
  }

  @Override
  Integer id(PriceList list) {
    return list.id();
  }

  @Override
  ObjectNode fields(PriceList list, StoreSide store) {
    return Portable.without(Portable.tree(list), "id");
  }

  @Override
  Optional<PriceList> draft(PortableRecord record, StoreSide store, Integer id) {
    return Optional.of(Portable.typed(record.fields(), PriceList.class).withId(id));
  }

  @Override
  BatchResult<PriceList> sendCreates(StoreSide store, List<PriceList> drafts) {
    return store.connector().priceLists().create(drafts);
  }

  @Override
  BatchResult<PriceList> sendUpdates(StoreSide store, List<PriceList> lists) {
    return store.connector().priceLists().update(lists);
  }

  @Override
  BatchResult<Integer> sendDeletes(StoreSide store, List<Integer> ids) {
    return store.connector().priceLists().delete(ids);
  }
}
