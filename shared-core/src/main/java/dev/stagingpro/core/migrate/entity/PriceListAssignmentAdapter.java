package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.PriceListAssignment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which customer group (or everyone) gets which price list, on the migration's channel or on all
 * channels: keyed {@code List|Group|channel} (the {@code assignment} field), with {@code *} for
 * "any". An assignment to another channel than the environment's cannot be mapped and is not
 * migratable. Assignments are created or deleted, never changed.
 */
public final class PriceListAssignmentAdapter extends AdapterBase {
  static final String ANY = "*";
  static final String MIGRATION_CHANNEL = "channel";

  public PriceListAssignmentAdapter() {
    super(Entity.PRICE_LIST_ASSIGNMENTS, true);
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.connector().priceLists().assignments(ListQuery.all()).map(a -> portable(a, store)).flatMap(Optional::stream);
  }

  private static Optional<StoredRecord> portable(PriceListAssignment assignment, StoreSide store) {
    Optional<String> list = store.priceLists().name(assignment.priceListId());
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String group = assignment.customerGroupId() == null ? ANY : store.groupRecords().name(assignment.customerGroupId()).orElse("#" + assignment.customerGroupId());
    String channel = assignment.channelId() == null ? ANY
        : assignment.channelId() == store.channelId() ? MIGRATION_CHANNEL : "#" + assignment.channelId();
    String key = list.get() + "|" + group + "|" + channel;
    ObjectNode fields = Portable.object().put("assignment", key).put("price_list", list.get()).put("customer_group", group).put("channel", channel);
    return Optional.of(new StoredRecord(new PortableRecord(Entity.PRICE_LIST_ASSIGNMENTS, key, fields,
        Optional.ofNullable(assignment.id()).map(Integer::longValue)), Portable.object()));
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    stored(store).filter(r -> keys.contains(r.key())).forEach(r -> found.put(r.key(), r));
    return found;
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Map<Entity, Set<String>> references = new LinkedHashMap<>();
    references.put(Entity.PRICE_LISTS, Set.of(Portable.text(record.fields(), "price_list")));
    String group = Portable.text(record.fields(), "customer_group");
    if (group != null && !ANY.equals(group)) {
      references.put(Entity.CUSTOMER_GROUPS, Set.of(group));
    }
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    String channel = Portable.text(record.fields(), "channel");
    return channel != null && channel.startsWith("#")
        ? List.of("assigned to channel " + channel.substring(1) + ", which the migration's environment does not name") : List.of();
  }

  @Override
  public int writeChunk() {
    return 25;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    List<WriteOutcome> outcomes = new ArrayList<>();
    List<PriceListAssignment> drafts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (PortableRecord record : records) {
      Optional<Integer> list = store.priceLists().id(Portable.text(record.fields(), "price_list"));
      String group = Portable.text(record.fields(), "customer_group");
      Optional<Integer> groupId = ANY.equals(group) ? Optional.empty() : store.groupRecords().id(group);
      if (list.isEmpty() || (!ANY.equals(group) && groupId.isEmpty())) {
        outcomes.add(WriteOutcome.failed(record.key(), "its price list or customer group is not on the destination"));
        continue;
      }
      Integer channel = MIGRATION_CHANNEL.equals(Portable.text(record.fields(), "channel")) ? store.channelId() : null;
      drafts.add(PriceListAssignment.of(list.get(), groupId.orElse(null), channel));
      keys.add(record.key());
    }
    outcomes.addAll(Batches.outcomes(keys, store.connector().priceLists().assign(drafts), PriceListAssignment::id));
    return outcomes;
  }

  /** Every field is part of the key, so an assignment is never different, only present or not. */
  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return updates.stream().map(u -> WriteOutcome.saved(u.source().key(), u.destination().id())).toList();
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    return Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids, store.connector().priceLists().unassign(ids));
  }
}
