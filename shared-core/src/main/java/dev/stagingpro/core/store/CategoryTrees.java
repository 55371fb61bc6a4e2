package dev.stagingpro.core.store;

import dev.stagingpro.core.store.model.CategoryNode;
import dev.stagingpro.core.store.model.CategoryTree;
import dev.stagingpro.core.store.model.TreeCategory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Category trees (one per channel) and their categories. Categories are matched by tree, parent
 * and name; create parents before children, since ids differ per store.
 */
public interface CategoryTrees {
  /** Every tree (few per store). */
  List<CategoryTree> trees();

  /** The tree assigned to this channel. */
  Optional<CategoryTree> treeOfChannel(int channelId);

  /** Creates trees (name + exactly one channel each); duplicate-safe by (name, channel). */
  BatchResult<CategoryTree> createTrees(List<CategoryTree> drafts);

  /** Renames trees by id (channels cannot change). */
  BatchResult<CategoryTree> updateTrees(List<CategoryTree> trees);

  void deleteTrees(List<Integer> treeIds);

  /**
   * Categories page by page. Filters: {@code tree_id:in}, {@code parent_id:in}, {@code
   * category_id:in}, {@code category_uuid:in}, {@code name}, {@code name:like}, {@code is_visible}.
   */
  Stream<TreeCategory> categories(ListQuery query);

  /** Creates categories in batches; duplicate-safe by (tree, parent, name). */
  BatchResult<TreeCategory> createCategories(List<TreeCategory> drafts);

  /** Updates categories by {@code categoryId} in batches. */
  BatchResult<TreeCategory> updateCategories(List<TreeCategory> categories);

  void deleteCategories(List<Integer> categoryIds);

  /** The nested tree (the store allows one such read at a time). */
  List<CategoryNode> nested(int treeId);
}
