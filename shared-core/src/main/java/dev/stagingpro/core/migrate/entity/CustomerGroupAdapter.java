package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.model.CustomerGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Customer groups by name: default and guest flags, category access and discount rules, with the
 * categories and products they name written as category paths and SKUs. Groups depend on nothing
 * in the dependency map, so what they name must be on the destination already.
 */
public final class CustomerGroupAdapter extends NamedAdapter<CustomerGroup> {
  public CustomerGroupAdapter() {
    super(Entity.CUSTOMER_GROUPS);
  }

  @Override
  NamedRecords<CustomerGroup> records(StoreSide store) {
    return store.groupRecords();
  }

  @Override
  Integer id(CustomerGroup group) {
    return group.id();
  }

  @Override
  ObjectNode fields(CustomerGroup group, StoreSide store) {
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
    return fields;
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
  String unresolved(PortableRecord record) {
    return "a category or product it names is not on the destination";
  }

  @Override
  BatchResult<CustomerGroup> sendCreates(StoreSide store, List<CustomerGroup> drafts) {
    return store.connector().customerGroups().create(drafts);
  }

  @Override
  BatchResult<CustomerGroup> sendUpdates(StoreSide store, List<CustomerGroup> groups) {
    return store.connector().customerGroups().update(groups);
  }

  @Override
  BatchResult<Integer> sendDeletes(StoreSide store, List<Integer> ids) {
    return store.connector().customerGroups().delete(ids);
  }

  /** The group with ids of the destination; empty when a name does not resolve. */
  @Override
  Optional<CustomerGroup> draft(PortableRecord record, StoreSide store, Integer id) {
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
}
