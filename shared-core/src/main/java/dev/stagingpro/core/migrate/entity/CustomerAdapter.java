package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import dev.stagingpro.core.store.model.CustomerAuthentication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Customers by e-mail (compared without case): profile, contact, group (by name), addresses, form
 * fields and store credit. Passwords cannot be read, so created customers must set a new password
 * at their first sign-in. Attribute values and channel ids are store-specific and are left out.
 */
public final class CustomerAdapter extends AdapterBase {
  private static final String[] INCLUDE = {"addresses", "storecredit", "formfields"};
  private static final String[] LEFT_OUT = {"id", "customer_group_id", "registration_ip_address", "attributes", "authentication",
      "origin_channel_id", "channel_ids", "trigger_account_created_notification"};
  private static final String[] ADDRESS_IDENTITY = {"first_name", "last_name", "company", "phone", "address_type", "address1",
      "address2", "city", "country_code", "state_or_province", "postal_code"};
  private static final int MAX_ADDRESSES = 10;
  private static final RecordComparer STRICT = new RecordComparer(ComparisonRules.STRICT);

  public CustomerAdapter() {
    super(Entity.CUSTOMERS, false);
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.connector().customers().list(ListQuery.all().include(INCLUDE)).map(c -> stored(c, store));
  }

  static StoredRecord stored(Customer customer, StoreSide store) {
    ObjectNode fields = Portable.without(Portable.tree(customer), LEFT_OUT);
    Integer group = customer.customerGroupId();
    fields.put("customer_group", group == null || group == 0 ? null : store.groupRecords().name(group).orElse("#" + group));
    ObjectNode ids = Portable.object();
    ObjectNode addressIds = ids.putObject("addresses");
    fields.set("addresses", Portable.arrayOf(customer.addresses(), a -> {
      ObjectNode node = Portable.without(Portable.tree(a), "id", "customer_id");
      if (a.id() != null) {
        addressIds.put(addressKey(node), a.id());
      }
      return node;
    }, Comparator.comparing(CustomerAdapter::addressKey)));
    String email = customer.email() == null ? "" : customer.email();
    return new StoredRecord(new PortableRecord(Entity.CUSTOMERS, key(email), fields, Optional.ofNullable(customer.id()).map(Integer::longValue)), ids);
  }

  /** E-mail addresses are one customer whatever their case. */
  static String key(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  static String addressKey(JsonNode address) {
    StringBuilder key = new StringBuilder();
    for (String field : ADDRESS_IDENTITY) {
      key.append(address.path(field).asText("")).append('|');
    }
    return key.toString();
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    try (Stream<Customer> customers = store.connector().customers().list(ListQuery.where("email:in", keys).include(INCLUDE))) {
      customers.forEach(c -> {
        StoredRecord record = stored(c, store);
        found.put(record.key(), record);
      });
    }
    return found;
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    String group = Portable.text(record.fields(), "customer_group");
    return group == null ? Map.of() : Map.of(Entity.CUSTOMER_GROUPS, Set.of(group));
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    if (!record.key().contains("@")) {
      problems.add("no valid e-mail address (customers are matched by e-mail)");
    }
    if (record.fields().path("addresses").size() > MAX_ADDRESSES) {
      problems.add(record.fields().path("addresses").size() + " addresses (a create takes at most " + MAX_ADDRESSES + ")");
    }
    return problems;
  }

  @Override
  public List<String> missingForCreate(PortableRecord record) {
    return List.of("first_name", "last_name").stream().filter(f -> Portable.text(record.fields(), f) == null)
        .map(f -> "required field '" + f + "' is missing").toList();
  }

  @Override
  public int writeChunk() {
    return 50;
  }

  /** New customers set a password at their first sign-in: passwords cannot be copied. */
  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<Customer> drafts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (PortableRecord record : records) {
      Optional<Customer> draft = draft(record, store);
      if (draft.isEmpty()) {
        outcomes.put(record.key(), unresolvedGroup(record));
        continue;
      }
      drafts.add(draft.get().toBuilder().authentication(CustomerAuthentication.forceReset()).build());
      keys.add(record.key());
    }
    Batches.outcomes(keys, store.connector().customers().create(drafts), Customer::id).forEach(o -> outcomes.put(o.key(), o));
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  /** The customer's own fields in batches; addresses the source lacks are removed and new ones added. */
  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<Customer> drafts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<CustomerAddress> added = new ArrayList<>();
    List<String> addedFor = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    List<String> removedFor = new ArrayList<>();
    for (Update update : updates) {
      Optional<Customer> draft = draft(update.source(), store);
      if (draft.isEmpty()) {
        outcomes.put(update.source().key(), unresolvedGroup(update.source()));
        continue;
      }
      drafts.add(draft.get().toBuilder().id(update.destination().id()).addresses(null).build());
      keys.add(update.source().key());
      addressChanges(update, added, removed);
      while (addedFor.size() < added.size()) {
        addedFor.add(update.source().key());
      }
      while (removedFor.size() < removed.size()) {
        removedFor.add(update.source().key());
      }
    }
    Batches.outcomes(keys, store.connector().customers().update(drafts), Customer::id).forEach(o -> outcomes.put(o.key(), o));
    noteFailures(outcomes, store.connector().customers().deleteAddresses(removed), removedFor, "address (delete)");
    noteFailures(outcomes, store.connector().customers().createAddresses(added), addedFor, "address");
    return updates.stream().map(u -> outcomes.get(u.source().key())).toList();
  }

  private static void addressChanges(Update update, List<CustomerAddress> added, List<Integer> removed) {
    JsonNode wanted = update.source().fields().get("addresses");
    if (wanted == null || STRICT.diff(update.destination().record().fields().path("addresses"), wanted).isEmpty()) {
      return;
    }
    Map<String, JsonNode> existing = new HashMap<>();
    update.destination().record().fields().path("addresses").forEach(a -> existing.put(addressKey(a), a));
    for (JsonNode address : wanted) {
      JsonNode have = existing.remove(addressKey(address));
      if (have == null || !STRICT.diff(have, address).isEmpty()) {
        if (have != null) {
          removed.add(update.destination().partId("addresses", addressKey(address)));
        }
        ObjectNode draft = ((ObjectNode) address).deepCopy();
        draft.put("customer_id", update.destination().id());
        added.add(Portable.typed(draft, CustomerAddress.class));
      }
    }
    existing.keySet().forEach(k -> removed.add(update.destination().partId("addresses", k)));
  }

  /** A failed address write is a failure of its customer (found by the failure's position in what was sent). */
  private static void noteFailures(Map<String, WriteOutcome> outcomes, BatchResult<?> result, List<String> owners, String what) {
    result.failed().forEach(f -> outcomes.computeIfPresent(owners.get(f.index()), (key, o) -> o.alsoFailed(what + ": " + Batches.message(f))));
  }

  private static WriteOutcome unresolvedGroup(PortableRecord record) {
    return WriteOutcome.failed(record.key(), "customer group '" + Portable.text(record.fields(), "customer_group") + "' is not on the destination");
  }

  /** The customer with the destination's group id; empty when the group does not resolve. */
  private static Optional<Customer> draft(PortableRecord record, StoreSide store) {
    ObjectNode fields = record.fields().deepCopy();
    String group = Portable.text(fields, "customer_group");
    fields.remove("customer_group");
    if (group != null) {
      Optional<Integer> id = store.groupRecords().id(group);
      if (id.isEmpty()) {
        return Optional.empty();
      }
      fields.put("customer_group_id", id.get());
    } else if (record.fields().has("customer_group")) {
      fields.put("customer_group_id", 0);
    }
    return Optional.of(Portable.typed(fields, Customer.class));
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    return Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids, store.connector().customers().delete(ids));
  }
}
