package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An entity whose records are few and named (brands, customer groups, price lists, shipping
 * zones): read whole into the store's {@link NamedRecords}, found by name, written through the
 * connector by id. Subclasses say how a record looks in portable form and back.
 */
abstract class NamedAdapter<T> extends AdapterBase {
  NamedAdapter(Entity entity) {
    super(entity, true);
  }

  abstract NamedRecords<T> records(StoreSide store);

  abstract Integer id(T record);

  /** The record's portable fields (no store ids). */
  abstract ObjectNode fields(T record, StoreSide store);

  /** The record to send, with the destination's ids resolved; empty when a name it uses does not resolve. */
  abstract Optional<T> draft(PortableRecord record, StoreSide store, Integer id);

  abstract BatchResult<T> sendCreates(StoreSide store, List<T> drafts);

  abstract BatchResult<T> sendUpdates(StoreSide store, List<T> records);

  abstract BatchResult<Integer> sendDeletes(StoreSide store, List<Integer> ids);

  /** Why {@link #draft} found nothing to send. */
  String unresolved(PortableRecord record) {
    return "a record it names is not on the destination";
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return records(store).list().stream().map(r -> new StoredRecord(portable(r, store), Portable.object()));
  }

  private PortableRecord portable(T record, StoreSide store) {
    ObjectNode fields = fields(record, store);
    return new PortableRecord(entity(), records(store).name(id(record)).orElseThrow(), fields,
        Optional.ofNullable(id(record)).map(Integer::longValue));
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    for (String key : keys) {
      records(store).get(key).ifPresent(r -> found.put(key, new StoredRecord(portable(r, store), Portable.object())));
    }
    return found;
  }

  @Override
  public boolean exists(StoreSide store, String key) {
    return records(store).id(key).isPresent();
  }

  @Override
  public int writeChunk() {
    return 50;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return write(store, records, records.stream().map(r -> draft(r, store, null)).toList(), true);
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return write(store, updates.stream().map(Update::source).toList(),
        updates.stream().map(u -> draft(u.source(), store, u.destination().id())).toList(), false);
  }

  private List<WriteOutcome> write(StoreSide store, List<PortableRecord> records, List<Optional<T>> drafts, boolean create) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<T> ready = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      PortableRecord record = records.get(i);
      if (drafts.get(i).isEmpty()) {
        outcomes.put(record.key(), WriteOutcome.failed(record.key(), unresolved(record)));
      } else {
        ready.add(drafts.get(i).get());
        keys.add(record.key());
      }
    }
    Batches.outcomes(keys, create ? sendCreates(store, ready) : sendUpdates(store, ready), r -> {
      records(store).saved(r);
      return id(r);
    }).forEach(o -> outcomes.put(o.key(), o));
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    List<WriteOutcome> outcomes = Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids, sendDeletes(store, ids));
    outcomes.stream().filter(WriteOutcome::ok).forEach(o -> records(store).deleted(o.key()));
    return outcomes;
  }
}
