package dev.stagingpro.core.migrate.entity;

import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.PortableRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One entity's bridge between a store and the portable form: reads the store's typed records as
 * {@link PortableRecord}s (ids swapped for natural keys), and writes portable records back
 * (natural keys resolved to the destination's ids) in the largest batches the connector allows.
 * One small class per entity; they hold no state of their own (what they learn about a store goes
 * into its {@link StoreSide}).
 */
public interface EntityAdapter {
  Entity entity();

  /** Whether the entity's records are few enough to read whole (brands, categories, groups). */
  boolean small();

  /** Every record on the store, in portable form, fetched lazily. */
  default Stream<PortableRecord> read(StoreSide store) {
    return stored(store).map(StoredRecord::record);
  }

  /** Every record on the store with the ids writes need (reset deletes them all); fetched lazily. */
  Stream<StoredRecord> stored(StoreSide store);

  /** The store's records with these keys, with the ids writes need; absent keys are left out. */
  Map<String, StoredRecord> find(StoreSide store, List<String> keys);

  /** Whether a record with this key exists on the store (for references to it). */
  default boolean exists(StoreSide store, String key) {
    return !find(store, List.of(key)).isEmpty();
  }

  /** The records of other entities (or this one) this record names, by entity. */
  default Map<Entity, Set<String>> references(PortableRecord record) {
    return Map.of();
  }

  /** Why the record cannot be moved as it is: a required field missing, a limit exceeded. */
  default List<String> problems(PortableRecord record) {
    return List.of();
  }

  /** Why a record the destination lacks cannot be created (required fields it does not carry). */
  default List<String> missingForCreate(PortableRecord record) {
    return List.of();
  }

  /** Something a person should know about creating this record (e.g. a same-named twin). */
  default Optional<String> createNote(PortableRecord record, StoreSide destination) {
    return Optional.empty();
  }

  /** The keys that must come along with {@code key} (a category's ancestors); the key itself included. */
  default List<String> withPrerequisites(String key) {
    return List.of(key);
  }

  /** What the comparison leaves alone under these options. */
  default ComparisonRules rules(Options options) {
    return ComparisonRules.STRICT;
  }

  /** How many records the applier hands over per write call (journal lines are written per call). */
  int writeChunk();

  List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options);

  List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options);

  List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records);

  /** Whether a written record needs a second pass once every record of the entity is written. */
  default boolean needsFinish(PortableRecord record) {
    return false;
  }

  /** The second pass (e.g. related products, which name other products by SKU). */
  default List<WriteOutcome> finish(StoreSide store, List<PortableRecord> written, Options options) {
    return List.of();
  }

  /** A destination record to overwrite, with the ids the write needs. */
  record Update(PortableRecord source, StoredRecord destination) {}
}
