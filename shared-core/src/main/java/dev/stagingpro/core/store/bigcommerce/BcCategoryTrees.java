package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stagingpro.core.store.BatchResult;
import dev.stagingpro.core.store.CategoryTrees;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.model.CategoryNode;
import dev.stagingpro.core.store.model.CategoryTree;
import dev.stagingpro.core.store.model.TreeCategory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link CategoryTrees} on the v3 trees API. */
final class BcCategoryTrees implements CategoryTrees {
  /** The spec states 50 trees per upsert; it states no limit for categories, so the same is used. */
  static final int BATCH = 50;
  private static final int DELETE_BATCH = 100;
  private static final String TREES = "/catalog/trees";
  private static final String CATEGORIES = "/catalog/trees/categories";
  private static final TypeReference<List<CategoryNode>> NODES = new TypeReference<>() {};

  private final Wire wire;

  BcCategoryTrees(Wire wire) {
    this.wire = wire;
  }

  @Override
  public List<CategoryTree> trees() {
    return wire.all(ApiRequest.get("v3", TREES), ListQuery.all(), CategoryTree.class);
  }

  @Override
  public Optional<CategoryTree> treeOfChannel(int channelId) {
    return wire.all(ApiRequest.get("v3", TREES), ListQuery.where("channel_id:in", channelId), CategoryTree.class)
        .stream()
        .filter(t -> t.channels() != null && t.channels().contains(channelId))
        .findFirst();
  }

  @Override
  public BatchResult<CategoryTree> createTrees(List<CategoryTree> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            BATCH,
            batch -> ApiRequest.of("PUT", "v3", TREES).withJson(batch),
            CategoryTree.class,
            BcCategoryTrees::treeKey,
            batch -> BatchWriter.byKey(trees(), BcCategoryTrees::treeKey)));
  }

  private static String treeKey(CategoryTree t) {
    return t.name() + "|" + t.channels();
  }

  @Override
  public BatchResult<CategoryTree> updateTrees(List<CategoryTree> trees) {
    return wire.write(
        trees,
        WriteSpec.update(
            BATCH,
            batch -> ApiRequest.of("PUT", "v3", TREES)
                .withJson(batch.stream().map(t -> new CategoryTree(t.id(), t.name(), null)).toList()),
            CategoryTree.class,
            t -> NaturalKeys.id(t.id()),
            t -> NaturalKeys.id(t.id())));
  }

  @Override
  public void deleteTrees(List<Integer> treeIds) {
    wire.runInChunks(treeIds, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", TREES).withQuery("id:in", BcProducts.join(batch)));
  }

  @Override
  public Stream<TreeCategory> categories(ListQuery query) {
    return wire.list(ApiRequest.get("v3", CATEGORIES), query, Pager.Style.OFFSET, TreeCategory.class);
  }

  @Override
  public BatchResult<TreeCategory> createCategories(List<TreeCategory> drafts) {
    return wire.write(
        drafts,
        WriteSpec.create(
            BATCH,
            batch -> ApiRequest.of("POST", "v3", CATEGORIES).withJson(batch),
            TreeCategory.class,
            NaturalKeys::category,
            this::findExisting));
  }

  /** The categories under the drafts' parents (or at the top of their trees), by natural key. */
  private Map<String, TreeCategory> findExisting(List<TreeCategory> drafts) {
    Set<Integer> parents = new HashSet<>();
    Set<Integer> trees = new HashSet<>();
    for (TreeCategory d : drafts) {
      if (d.parentId() != null && d.parentId() != 0) {
        parents.add(d.parentId());
      } else {
        trees.add(d.treeId());
      }
    }
    Map<String, TreeCategory> found = new HashMap<>();
    if (!parents.isEmpty()) {
      categories(ListQuery.where("parent_id:in", parents)).forEach(c -> found.putIfAbsent(NaturalKeys.category(c), c));
    }
    if (!trees.isEmpty()) {
      categories(ListQuery.where("tree_id:in", trees).and("parent_id:in", 0))
          .forEach(c -> found.putIfAbsent(NaturalKeys.category(c), c));
    }
    return found;
  }

  @Override
  public BatchResult<TreeCategory> updateCategories(List<TreeCategory> categories) {
    return wire.write(
        categories,
        WriteSpec.<TreeCategory, TreeCategory>update(
                BATCH,
                batch -> ApiRequest.of("PUT", "v3", CATEGORIES).withJson(batch),
                TreeCategory.class,
                c -> NaturalKeys.id(c.categoryId()),
                c -> NaturalKeys.id(c.categoryId()))
            .withNotEchoed(c -> c));
  }

  @Override
  public void deleteCategories(List<Integer> categoryIds) {
    wire.runInChunks(categoryIds, DELETE_BATCH,
        batch -> ApiRequest.of("DELETE", "v3", CATEGORIES).withQuery("category_id:in", BcProducts.join(batch)));
  }

  @Override
  public List<CategoryNode> nested(int treeId) {
    return Json.MAPPER.convertValue(
        wire.http().call(ApiRequest.get("v3", TREES + "/{tree_id}/categories", treeId)).data(), NODES);
  }
}
