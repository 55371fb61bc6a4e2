package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.Entity;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.store.model.TreeCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Categories of the channel's category tree, keyed by their path of names ({@code Shop
 * All/Kitchen}): name, description, sort order, visibility, page title, meta data, layout file,
 * image URL, search keywords, default sort and URL. The parent is the path itself, so a category
 * under another parent is another category; creating one whose name the destination already has
 * elsewhere is reported as a twin.
 */
public final class CategoryAdapter extends AdapterBase {
  /** The store's limits on tree categories. */
  static final int MAX_NAME = 50;
  static final int MAX_DEPTH = 8;

  public CategoryAdapter() {
    super(Entity.CATEGORIES, true);
  }

  @Override
  public Stream<StoredRecord> stored(StoreSide store) {
    return store.categories().stream()
        .map(c -> store.categoryPath(c.categoryId()).map(path -> portable(path, c)))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(StoredRecord::key));
  }

  static StoredRecord portable(String path, TreeCategory category) {
    ObjectNode fields = Portable.withoutDerivedUrl(
        Portable.without(Portable.tree(category), "category_id", "category_uuid", "tree_id", "parent_id", "views"), "url");
    ObjectNode ordered = Portable.object().put("path", path);
    ordered.setAll(fields);
    return new StoredRecord(new PortableRecord(Entity.CATEGORIES, path, ordered, Optional.of(category.categoryId().longValue())),
        Portable.object());
  }

  @Override
  public Map<String, StoredRecord> find(StoreSide store, List<String> keys) {
    Map<String, StoredRecord> found = new LinkedHashMap<>();
    for (String key : keys) {
      store.category(key).ifPresent(c -> found.put(key, portable(key, c)));
    }
    return found;
  }

  @Override
  public boolean exists(StoreSide store, String key) {
    return store.categoryId(key).isPresent();
  }

  @Override
  public Map<Entity, Set<String>> references(PortableRecord record) {
    return CategoryPaths.parent(record.key()).map(parent -> Map.of(Entity.CATEGORIES, Set.of(parent))).orElse(Map.of());
  }

  @Override
  public List<String> withPrerequisites(String key) {
    return CategoryPaths.withAncestors(key);
  }

  @Override
  public List<String> problems(PortableRecord record) {
    List<String> problems = new ArrayList<>();
    String name = CategoryPaths.name(record.key());
    if (name.isBlank()) {
      problems.add("the category has no name");
    }
    if (name.length() > MAX_NAME) {
      problems.add("name '" + name + "' is longer than " + MAX_NAME + " characters");
    }
    if (CategoryPaths.depth(record.key()) > MAX_DEPTH) {
      problems.add("more than " + MAX_DEPTH + " levels deep");
    }
    String named = Portable.text(record.fields(), "name");
    if (named != null && !named.equals(name)) {
      problems.add("its name '" + named + "' does not match the last part of its path");
    }
    return problems;
  }

  /** A same-named category under another parent is not this one; say so before it is created. */
  @Override
  public Optional<String> createNote(PortableRecord record, StoreSide destination) {
    String name = CategoryPaths.name(record.key());
    List<String> twins = destination.categories().stream()
        .filter(c -> name.equals(c.name()))
        .map(c -> destination.categoryPath(c.categoryId()).orElse(name))
        .filter(path -> !path.equals(record.key()))
        .sorted().toList();
    if (twins.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("twin: the destination has '" + name + "' under another parent (" + String.join(", ", twins)
        + "); this creates a separate category at " + record.key());
  }

  @Override
  public int writeChunk() {
    return Integer.MAX_VALUE;
  }

  /** Parents before children: one batch call per level, each level's parents known by then. */
  @Override
  public List<WriteOutcome> create(StoreSide store, List<PortableRecord> records, Options options) {
    int treeId = store.requireTreeId();
    TreeMap<Integer, List<PortableRecord>> byDepth = records.stream()
        .collect(Collectors.groupingBy(r -> CategoryPaths.depth(r.key()), TreeMap::new, Collectors.toList()));
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    for (List<PortableRecord> level : byDepth.values()) {
      List<PortableRecord> ready = new ArrayList<>();
      List<TreeCategory> drafts = new ArrayList<>();
      for (PortableRecord record : level) {
        Optional<String> parent = CategoryPaths.parent(record.key());
        Optional<Integer> parentId = parent.flatMap(store::categoryId);
        if (parent.isPresent() && parentId.isEmpty()) {
          outcomes.put(record.key(), WriteOutcome.failed(record.key(), "parent '" + parent.get() + "' is not on the destination"));
          continue;
        }
        ready.add(record);
        drafts.add(draft(record).toBuilder().treeId(treeId).parentId(parentId.orElse(0)).build());
      }
      Batches.outcomes(BrandAdapter.keys(ready), store.connector().categoryTrees().createCategories(drafts), saved(store))
          .forEach(o -> outcomes.put(o.key(), o));
    }
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  @Override
  public List<WriteOutcome> update(StoreSide store, List<Update> updates, Options options) {
    List<TreeCategory> categories = updates.stream()
        .map(u -> draft(u.source()).toBuilder().categoryId(u.destination().id()).build()).toList();
    return Batches.outcomes(updates.stream().map(u -> u.source().key()).toList(),
        store.connector().categoryTrees().updateCategories(categories), saved(store));
  }

  private static TreeCategory draft(PortableRecord record) {
    ObjectNode fields = Portable.without(record.fields().deepCopy(), "path");
    fields.put("name", CategoryPaths.name(record.key()));
    return Portable.typed(fields, TreeCategory.class);
  }

  private static java.util.function.Function<TreeCategory, Integer> saved(StoreSide store) {
    return category -> {
      store.categorySaved(category);
      return category.categoryId();
    };
  }

  /** Children before parents. */
  @Override
  public List<WriteOutcome> delete(StoreSide store, List<StoredRecord> records) {
    List<StoredRecord> deepestFirst = records.stream()
        .sorted(Comparator.comparingInt((StoredRecord r) -> CategoryPaths.depth(r.key())).reversed()).toList();
    List<Integer> ids = deepestFirst.stream().map(StoredRecord::id).toList();
    store.connector().categoryTrees().deleteCategories(ids);
    ids.forEach(store::categoryDeleted);
    Map<String, WriteOutcome> byKey = new LinkedHashMap<>();
    deepestFirst.forEach(r -> byKey.put(r.key(), WriteOutcome.saved(r.key(), r.id())));
    return records.stream().map(r -> byKey.get(r.key())).toList();
  }
}
