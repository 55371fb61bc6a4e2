package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.model.CustomerGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Customer groups by name: default and guest flags, category access and discount rules, with the
 * categories and products they name written as category paths and SKUs. Groups depend on nothing
 * in the dependency map, so what they name must be on the destination already.
 */
public final class CustomerGroupAdapter extends AdapterBase {
  public CustomerGroupAdapter() {
    super(Entity.CUSTOMER_GROUPS, true);
  }

  @Override
  public Stream<PortableRecord> read(StoreSide store) {
    return store.customerGroups().stream().map(g -> portable(g, store));
  }

  static PortableRecord portable(CustomerGroup group, StoreSide store) {
    ObjectNode fields = Portable.without(Portable.tree(group), "id");
    JsonNode access = fields.get("category_access");
    if (access instanceof ObjectNode a && a.path("categories").isArray()) {
      a.set("categories", mapIds(a.get("categories"), id -> store.categoryPath(id).orElse("#" + id)));
    }
    JsonNode rules = fields.get("discount_rules");
    if (rules != null && rules.isArray()) {
      for (JsonNode rule : rules) {
        if (rule instanceof ObjectNode r) {
          replaceId(r, "category_id", "category", id -> store.categoryPath(id).orElse("#" + id));
          replaceId(r, "product_id", "product", id -> store.productSku(id).orElse("#" + id));
        }
      }
    }
    return new PortableRecord(Entity.CUSTOMER_GROUPS, group.name(), fields, Optional.ofNullable(group.id()).map(Integer::longValue));
  }

  private static ArrayNode mapIds(JsonNode ids, Function<Integer, String> name) {
    ArrayNode names = Portable.array();
    List<String> sorted = new ArrayList<>();
    ids.forEach(id -> sorted.add(name.apply(id.asInt())));
    sorted.sort(null);
    sorted.forEach(names::add);
    return names;
  }

  private static void replaceId(ObjectNode rule, String idField, String keyField, Function<Integer, String> name) {
    JsonNode id = rule.remove(idField);
    if (id != null && !id.isNull() && id.asInt() != 0) {
      rule.put(keyField, name.apply(id.asInt()));
    }
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    for (String key : keys) {
      store.group(key).ifPresent(g -> found.put(key, new StoredRecord(portable(g, store), Portable.object())));
    }
    return found;
  }

  @Override
  public boolean exists(StoreSide store, String key) {
    return store.groupId(key).isPresent();
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();
    record.fields().path("category_access").path("categories").forEach(c -> categories.add(c.asText()));
    for (JsonNode rule : record.fields().path("discount_rules")) {
      Optional.ofNullable(Portable.text(rule, "category")).ifPresent(categories::add);
      Optional.ofNullable(Portable.text(rule, "product")).ifPresent(products::add);
    }
    Map<Entity, Set<String>> references = new LinkedHashMap<>();
    if (!categories.isEmpty()) {
      references.put(Entity.CATEGORIES, categories);
    }
    if (!products.isEmpty()) {
      references.put(Entity.PRODUCTS, products);
    }
    return references;
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    for (JsonNode rule : record.fields().path("discount_rules")) {
      if ("price_list".equals(rule.path("type").asText())) {
        problems.add("its discount is a price list, and price lists cannot be migrated by this version");
      }
    }
    return problems;
  }

  @Override
  public int writeChunk() {
    return 40;
  }

  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    return write(store, records.stream().map(r -> draft(r, store, null)).toList(), records, true);
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    List<PortableRecord> sources = updates.stream().map(Update::source).toList();
    return write(store, updates.stream().map(u -> draft(u.source(), store, u.destination().id())).toList(), sources, false);
  }

  private static List<WriteOutcome> write(StoreSide store, List<Optional<CustomerGroup>> drafts, List<PortableRecord> records,
      boolean create) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<CustomerGroup> ready = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (drafts.get(i).isEmpty()) {
        outcomes.put(records.get(i).key(), WriteOutcome.failed(records.get(i).key(), "a category or product it names is not on the destination"));
      } else {
        ready.add(drafts.get(i).get());
        keys.add(records.get(i).key());
      }
    }
    var result = create ? store.connector().customerGroups().create(ready) : store.connector().customerGroups().update(ready);
    Batches.outcomes(keys, result, g -> {
      store.groupSaved(g);
      return g.id();
    }).forEach(o -> outcomes.put(o.key(), o));
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  /** The group with ids of the destination; empty when a name does not resolve. */
  private static Optional<CustomerGroup> draft(PortableRecord record, StoreSide store, Integer id) {
    ObjectNode fields = record.fields().deepCopy();
    JsonNode access = fields.get("category_access");
    if (access instanceof ObjectNode a && a.path("categories").isArray()) {
      ArrayNode ids = Portable.array();
      for (JsonNode path : a.get("categories")) {
        Optional<Integer> category = store.categoryId(path.asText());
        if (category.isEmpty()) {
          return Optional.empty();
        }
        ids.add(category.get());
      }
      a.set("categories", ids);
    }
    for (JsonNode rule : fields.path("discount_rules")) {
      ObjectNode r = (ObjectNode) rule;
      for (String[] ref : new String[][] {{"category", "category_id"}, {"product", "product_id"}}) {
        String name = Portable.text(r, ref[0]);
        if (name != null) {
          Optional<Integer> resolved = ref[0].equals("category") ? store.categoryId(name) : store.productId(name);
          if (resolved.isEmpty()) {
            return Optional.empty();
          }
          r.remove(ref[0]);
          r.put(ref[1], resolved.get());
        }
      }
    }
    CustomerGroup group = Portable.typed(fields, CustomerGroup.class);
    return Optional.of(id == null ? group : group.withId(id));
  }

  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<Integer> ids = records.stream().map(StoredRecord::id).toList();
    List<WriteOutcome> outcomes = Batches.deletions(records.stream().map(StoredRecord::key).toList(), ids,
        store.connector().customerGroups().delete(ids));
    outcomes.stream().filter(WriteOutcome::ok).forEach(o -> store.groupDeleted(o.key()));
    return outcomes;
  }
}
