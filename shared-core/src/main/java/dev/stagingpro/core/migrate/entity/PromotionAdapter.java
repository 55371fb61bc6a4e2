package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.CouponCode;
import dev.stagingpro.core.store.model.Promotion;
import dev.stagingpro.core.store.model.PromotionChannel;
import dev.stagingpro.core.store.model.PromotionCustomer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Promotions by name, always whole: rules (brands, categories, products and shipping zones by
 * name, path and SKU — see {@link PromotionReferences}), eligible customer groups by name, the
 * migration's channel, dates, limits, notifications, and a coupon promotion's codes. A create
 * sends the promotion then its codes; an update replaces the promotion and brings its codes in
 * line (missing ones added, extra ones removed).
 */
public final class PromotionAdapter extends AdapterBase {
  private static final String[] LEFT_OUT = {"id", "current_uses", "created_from", "codes", "multiple_codes", "channels", "customer", "rules"};

  public PromotionAdapter() {
    super(Entity.PROMOTIONS, true);
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.connector().promotions().list(ListQuery.all()).map(p -> portable(p, store));
  }

  private static StoredRecord portable(Promotion promotion, StoreSide store) {
    ObjectNode fields = Portable.without(Portable.tree(promotion), LEFT_OUT);
    fields.set("rules", PromotionReferences.toKeys(promotion.rules(), store));
    ArrayNode channels = fields.putArray("channels");
    if (promotion.channels() != null) {
      promotion.channels().forEach(c -> channels.add(c.id() != null && c.id() == store.channelId() ? "channel" : "#" + c.id()));
    }
    PromotionCustomer customer = promotion.customer();
    if (customer != null) {
      ObjectNode eligible = fields.putObject("customer");
      eligible.set("groups", groups(customer.groupIds(), store));
      eligible.set("excluded_groups", groups(customer.excludedGroupIds(), store));
      if (customer.minimumOrderCount() != null) {
        eligible.put("minimum_order_count", customer.minimumOrderCount());
      }
      if (customer.segments() != null && !customer.segments().isNull()) {
        eligible.set("segments", customer.segments());
      }
    }
    ObjectNode ids = Portable.object();
    if (promotion.isCoupon() && promotion.id() != null) {
      ObjectNode codeIds = ids.putObject("codes");
      List<CouponCode> codes;
      try (Stream<CouponCode> all = store.connector().promotions().codes(promotion.id())) {
        codes = all.toList();
      }
      codes.forEach(c -> codeIds.put(c.code(), c.id()));
      fields.set("codes", Portable.arrayOf(codes, c -> Portable.without(Portable.tree(c), "id"), Portable.byText("code")));
    }
    return new StoredRecord(new PortableRecord(Entity.PROMOTIONS, promotion.name(), fields,
        Optional.ofNullable(promotion.id()).map(Integer::longValue)), ids);
  }

  /** Group 0 is guests and customers without a group, the same on every store. */
  private static ArrayNode groups(List<Integer> ids, StoreSide store) {
    ArrayNode names = Portable.array();
    if (ids != null) {
      ids.forEach(id -> names.add(id == 0 ? "#guests" : store.groupRecords().name(id).orElse("#" + id)));
    }
    return names;
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    for (String key : keys) {
      try (Stream<Promotion> named = store.connector().promotions().list(ListQuery.where("name", key))) {
        named.filter(p -> key.equals(p.name())).findFirst().ifPresent(p -> found.put(key, portable(p, store)));
      }
    }
    return found;
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Map<Entity, Set<String>> references = PromotionReferences.named(record.fields().path("rules"));
    Set<String> groups = new LinkedHashSet<>();
    for (String field : List.of("groups", "excluded_groups")) {
      record.fields().path("customer").path(field).forEach(g -> {
        if (!g.asText().equals("#guests")) {
          groups.add(g.asText());
        }
      });
    }
    if (!groups.isEmpty()) {
      references.put(Entity.CUSTOMER_GROUPS, groups);
    }
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    if (record.fields().path("rules").toString().contains(PromotionReferences.UNSUPPORTED)) {
      problems.add("its rules name variants by id, which this version cannot map between stores");
    }
    record.fields().path("channels").forEach(c -> {
      if (c.asText().startsWith("#")) {
        problems.add("it runs on channel " + c.asText().substring(1) + ", which the migration's environment does not name");
      }
    });
    return problems;
  }

  @Override
  public int writeChunk() {
    return 20;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return write(store, records.stream().map(r -> new Update(r, null)).toList(), true);
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    return write(store, updates, false);
  }

  /** The promotions whole, then their codes. */
  private static List<WriteOutcome> write(StoreSide store, List<Update> work, boolean create) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<Promotion> drafts = new ArrayList<>();
    List<Update> ready = new ArrayList<>();
    for (Update update : work) {
      try {
        drafts.add(draft(update.source(), store, create ? null : update.destination().id()));
        ready.add(update);
      } catch (ProductDrafts.Unresolved e) {
        outcomes.put(update.source().key(), WriteOutcome.failed(update.source().key(), e.getMessage()));
      }
    }
    BatchResult<Promotion> result = create ? store.connector().promotions().create(drafts) : store.connector().promotions().update(drafts);
    List<WriteOutcome> written = Batches.outcomes(ready.stream().map(u -> u.source().key()).toList(), result, Promotion::id);
    for (int i = 0; i < ready.size(); i++) {
      WriteOutcome outcome = written.get(i);
      if (outcome.storeId().isPresent() && ready.get(i).source().fields().has("codes")) {
        outcome = codes(store, outcome.storeId().get().intValue(), ready.get(i), outcome);
      }
      outcomes.put(outcome.key(), outcome);
    }
    return work.stream().map(u -> outcomes.get(u.source().key())).toList();
  }

  /** Adds the codes the destination lacks and removes the ones the source no longer has. */
  private static WriteOutcome codes(StoreSide store, int promotionId, Update update, WriteOutcome outcome) {
    Map<String, JsonNode> wanted = new LinkedHashMap<>();
    update.source().fields().path("codes").forEach(c -> wanted.put(c.path("code").asText(), c));
    Map<String, Integer> existing = new HashMap<>();
    if (update.destination() != null) {
      update.destination().ids().path("codes").fields().forEachRemaining(e -> existing.put(e.getKey(), e.getValue().asInt()));
    }
    List<CouponCode> added = wanted.entrySet().stream().filter(e -> !existing.containsKey(e.getKey()))
        .map(e -> Portable.typed(e.getValue(), CouponCode.class)).toList();
    List<Integer> removed = existing.entrySet().stream().filter(e -> !wanted.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    List<String> problems = new ArrayList<>();
    if (!removed.isEmpty()) {
      store.connector().promotions().deleteCodes(promotionId, removed).failed().forEach(f -> problems.add("code (delete): " + Batches.message(f)));
    }
    if (!added.isEmpty()) {
      store.connector().promotions().createCodes(promotionId, added).failed().forEach(f -> problems.add("code '" + f.key() + "': " + Batches.message(f)));
    }
    return problems.isEmpty() ? outcome : outcome.alsoFailed(String.join("; ", problems));
  }

  private static Promotion draft(PortableRecord record, StoreSide store, Integer id) {
    ObjectNode fields = Portable.without(record.fields().deepCopy(), "codes", "rules", "channels", "customer");
    Promotion promotion = Portable.typed(fields, Promotion.class);
    JsonNode rules = PromotionReferences.toIds(record.fields().path("rules"), store);
    List<PromotionChannel> channels = null;
    if (record.fields().has("channels")) {
      // Channels other than the migration's make the record not migratable, so only this one can be named.
      boolean onChannel = record.fields().get("channels").toString().contains("\"channel\"");
      channels = onChannel ? List.of(new PromotionChannel(store.channelId())) : List.of();
    }
    PromotionCustomer customer = null;
    JsonNode eligible = record.fields().get("customer");
    if (eligible != null && eligible.isObject()) {
      customer = new PromotionCustomer(groupIds(eligible.path("groups"), store), eligible.has("minimum_order_count")
          ? eligible.get("minimum_order_count").asInt() : null, groupIds(eligible.path("excluded_groups"), store), eligible.get("segments"));
    }
    return promotion.withReferences(channels, customer, rules).withId(id);
  }

  private static List<Integer> groupIds(JsonNode names, StoreSide store) {
    List<Integer> ids = new ArrayList<>();
    for (JsonNode name : names) {
      ids.add(name.asText().equals("#guests") ? 0 : store.groupRecords().id(name.asText())
          .orElseThrow(() -> new ProductDrafts.Unresolved("customer group '" + name.asText() + "' is not on the destination")));
    }
    return ids;
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    for (StoredRecord record : records) {
      List<Integer> codes = new ArrayList<>();
      record.ids().path("codes").forEach(id -> codes.add(id.asInt()));
      if (!codes.isEmpty()) {
        store.connector().promotions().deleteCodes(record.id(), codes);
      }
    }
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    return Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids, store.connector().promotions().delete(ids));
  }
}
