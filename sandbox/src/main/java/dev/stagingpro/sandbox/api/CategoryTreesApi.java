package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Category trees (one per channel; tree 1 belongs to channel 1) and their categories. Within a
 * tree a name is unique among the children of one parent (409); depth is at most 8; deleting a
 * category deletes its descendants and removes them from products.
 */
public final class CategoryTreesApi implements ApiArea {
  public static final TableSpec TREES = TableSpec.of("trees", "tree", "channels");
  public static final TableSpec CATEGORIES =
      TableSpec.of("categories", "tree_category", "tree_id", "parent_id").idField("category_id");
  public static final int TREE_BATCH_LIMIT = 50;
  public static final int MAX_DEPTH = 8;
  private static final Set<String> FIELDS = Set.of("name", "description", "views", "sort_order", "page_title",
      "meta_keywords", "meta_description", "layout_file", "image_url", "is_visible", "search_keywords",
      "default_product_sort", "url");

  @Override
  public void register(Routes routes) {
    routes.get("/v3/catalog/trees", CategoryTreesApi::listTrees);
    routes.put("/v3/catalog/trees", CategoryTreesApi::upsertTrees);
    routes.delete("/v3/catalog/trees", CategoryTreesApi::deleteTrees);
    routes.get("/v3/catalog/trees/categories", CategoryTreesApi::listCategories);
    routes.post("/v3/catalog/trees/categories", r -> saveCategories(r, true));
    routes.put("/v3/catalog/trees/categories", r -> saveCategories(r, false));
    routes.delete("/v3/catalog/trees/categories", CategoryTreesApi::deleteCategories);
    routes.get("/v3/catalog/trees/{tree_id}/categories", CategoryTreesApi::nested).concurrencyCap(1);
  }

  @Override
  public void seed(SandboxStore store) {
    Table trees = store.data().table(TREES);
    ObjectNode tree = trees.blank();
    tree.put("id", 1);
    tree.put("name", "Default tree");
    tree.putArray("channels").add(1);
    trees.save(tree);
  }

  // ---- trees

  private static Response listTrees(Request request) {
    List<ObjectNode> trees = Filter.of(request).in("id:in", "id").in("channel_id:in", "channels")
        .apply(request.table(TREES).all());
    return Pages.offset(request, trees);
  }

  private static Response upsertTrees(Request request) {
    ArrayNode items = Check.batch(request.json(), TREE_BATCH_LIMIT);
    Table trees = request.table(TREES);
    ArrayNode out = Json.array();
    for (int i = 0; i < items.size(); i++) {
      ObjectNode item = (ObjectNode) items.get(i);
      try {
        out.add(item.hasNonNull("id") ? updateTree(trees, item) : createTree(request, trees, item));
      } catch (ApiException e) {
        throw Check.atIndex(i, e);
      }
    }
    ObjectNode body = Json.object();
    body.set("data", out);
    ObjectNode meta = body.putObject("meta");
    meta.put("total", out.size());
    meta.put("success", out.size());
    meta.put("failed", 0);
    return Response.ok(body);
  }

  private static ObjectNode createTree(Request request, Table trees, ObjectNode item) {
    String name = Check.text(item, "name", 255);
    JsonNode channels = item.get("channels");
    if (channels == null || !channels.isArray() || channels.size() != 1) {
      throw ApiException.unprocessable("channels", "A new tree needs exactly one channel id in channels");
    }
    long channel = channels.get(0).asLong();
    ChannelsApi.requireExists(request, channel, "channels");
    if (!trees.where("channels", channel).isEmpty()) {
      throw ApiException.unprocessable("channels", "Channel " + channel + " already has a category tree");
    }
    ObjectNode tree = trees.blank();
    tree.put("id", trees.nextId());
    tree.put("name", name);
    tree.putArray("channels").add(channel);
    trees.save(tree);
    return tree;
  }

  private static ObjectNode updateTree(Table trees, ObjectNode item) {
    ObjectNode tree = trees.require(item.get("id").asLong(), "Category tree");
    if (item.has("channels")) {
      throw ApiException.unprocessable("channels", "channels cannot be sent when updating a tree");
    }
    if (item.has("name")) {
      tree.put("name", Check.text(item, "name", 255));
    }
    trees.save(tree);
    return tree;
  }

  private static Response deleteTrees(Request request) {
    if (!request.has("id:in")) {
      throw ApiException.unprocessable("id:in", "Deleting trees needs the id:in filter");
    }
    for (Long id : request.longs("id:in")) {
      if (request.table(TREES).delete(id)) {
        for (ObjectNode category : request.table(CATEGORIES).where("tree_id", id)) {
          removeCategory(request, category.get("category_id").asLong());
        }
      }
    }
    return Response.noContent();
  }

  // ---- categories

  private static Response listCategories(Request request) {
    List<ObjectNode> categories = categoryFilter(request).apply(request.table(CATEGORIES).all());
    return Pages.offset(request, categories.stream().map(c -> Shape.fields(request, c, "category_id")).toList());
  }

  private static Filter categoryFilter(Request request) {
    return Filter.of(request).in("category_id:in", "category_id").notIn("category_id:not_in", "category_id")
        .in("category_uuid:in", "category_uuid").notIn("category_uuid:not_in", "category_uuid")
        .in("tree_id:in", "tree_id").notIn("tree_id:not_in", "tree_id")
        .in("parent_id:in", "parent_id").notIn("parent_id:not_in", "parent_id")
        .eq("name", "name").like("name:like", "name").eq("page_title", "page_title").like("page_title:like", "page_title")
        .like("keyword", "name").bool("is_visible", "is_visible");
  }

  private static Response saveCategories(Request request, boolean create) {
    JsonNode body = request.json();
    if (!body.isArray() || body.isEmpty()) {
      throw ApiException.unprocessable("body", "The request body must be a non-empty array of categories");
    }
    BatchResult result = new BatchResult();
    for (int i = 0; i < body.size(); i++) {
      try {
        ObjectNode item = Check.object(body.get(i), "[" + i + "]");
        result.saved(create ? createCategory(request, item) : updateCategory(request, item));
      } catch (ApiException e) {
        result.failed(i, e);
      }
    }
    return result.response(create ? 201 : 200, create);
  }

  static ObjectNode createCategory(Request request, ObjectNode item) {
    Table categories = request.table(CATEGORIES);
    String name = Check.text(item, "name", 50);
    long parentId = item.path("parent_id").asLong(0);
    long treeId;
    if (parentId != 0) {
      ObjectNode parent = categories.find(parentId)
          .orElseThrow(() -> ApiException.unprocessable("parent_id", "Parent category " + parentId + " does not exist"));
      treeId = parent.get("tree_id").asLong();
      if (item.hasNonNull("tree_id") && item.get("tree_id").asLong() != treeId) {
        throw ApiException.unprocessable("tree_id", "The parent category belongs to tree " + treeId);
      }
      if (depth(categories, parent) + 1 > MAX_DEPTH) {
        throw ApiException.unprocessable("parent_id", "Categories nest at most " + MAX_DEPTH + " levels deep");
      }
    } else if (item.hasNonNull("tree_id")) {
      treeId = item.get("tree_id").asLong();
      if (!request.table(TREES).contains(treeId)) {
        throw ApiException.unprocessable("tree_id", "Category tree " + treeId + " does not exist");
      }
    } else {
      throw ApiException.unprocessable("tree_id", "A new category needs tree_id or parent_id");
    }
    uniqueName(categories, treeId, parentId, name, 0);
    ObjectNode category = categories.blank();
    Json.copyFields(item, category, FIELDS);
    long id = categories.nextId();
    category.put("category_id", id);
    category.put("category_uuid", UUID.nameUUIDFromBytes((request.store().hash() + "/category/" + id)
        .getBytes(StandardCharsets.UTF_8)).toString());
    category.put("tree_id", treeId);
    category.put("parent_id", parentId);
    category.put("name", name);
    if (!item.has("is_visible")) {
      category.put("is_visible", true);
    }
    ObjectNode url = Json.object();
    url.put("path", urlPath(categories, parentId, name, item));
    url.put("is_customized", item.path("url").has("path"));
    category.set("url", url);
    categories.save(category);
    return category;
  }

  static ObjectNode updateCategory(Request request, ObjectNode item) {
    Table categories = request.table(CATEGORIES);
    long id = Check.id(item, "category_id");
    ObjectNode category = categories.require(id, "Category");
    long treeId = category.get("tree_id").asLong();
    long parentId = item.has("parent_id") ? item.get("parent_id").asLong() : category.get("parent_id").asLong();
    if (parentId != 0) {
      ObjectNode parent = categories.find(parentId)
          .orElseThrow(() -> ApiException.unprocessable("parent_id", "Parent category " + parentId + " does not exist"));
      if (parent.get("tree_id").asLong() != treeId || isDescendant(categories, parent, id)) {
        throw ApiException.unprocessable("parent_id", "A category cannot move below itself or into another tree");
      }
    }
    String name = item.has("name") ? Check.text(item, "name", 50) : category.get("name").asText();
    uniqueName(categories, treeId, parentId, name, id);
    Json.copyFields(item, category, FIELDS);
    category.put("name", name);
    category.put("parent_id", parentId);
    categories.save(category);
    return category;
  }

  private static void uniqueName(Table categories, long treeId, long parentId, String name, long self) {
    for (ObjectNode sibling : categories.where("parent_id", parentId)) {
      if (sibling.get("tree_id").asLong() == treeId && sibling.get("category_id").asLong() != self
          && sibling.get("name").asText().equalsIgnoreCase(name)) {
        throw ApiException.conflict("A category named '" + name + "' already exists under this parent",
            "name", "Category names are unique under one parent within a tree");
      }
    }
  }

  private static String urlPath(Table categories, long parentId, String name, ObjectNode item) {
    if (item.path("url").hasNonNull("path")) {
      return item.path("url").get("path").asText();
    }
    String parentPath = parentId == 0 ? "/" : categories.require(parentId, "Category").at("/url/path").asText("/");
    return parentPath + Slugs.path(name).substring(1);
  }

  private static int depth(Table categories, ObjectNode category) {
    int depth = 1;
    ObjectNode current = category;
    while (current.get("parent_id").asLong() != 0 && depth <= MAX_DEPTH + 1) {
      current = categories.require(current.get("parent_id").asLong(), "Category");
      depth++;
    }
    return depth;
  }

  private static boolean isDescendant(Table categories, ObjectNode candidate, long ancestorId) {
    ObjectNode current = candidate;
    while (true) {
      if (current.get("category_id").asLong() == ancestorId) {
        return true;
      }
      long parent = current.get("parent_id").asLong();
      if (parent == 0) {
        return false;
      }
      current = categories.require(parent, "Category");
    }
  }

  private static Response deleteCategories(Request request) {
    if (!(request.has("category_id:in") || request.has("tree_id:in") || request.has("parent_id:in")
        || request.has("category_uuid:in"))) {
      throw ApiException.unprocessable("category_id:in", "Deleting categories needs a filter (category_id:in, tree_id:in, ...)");
    }
    List<ObjectNode> doomed = Filter.of(request).in("category_id:in", "category_id").in("tree_id:in", "tree_id")
        .in("parent_id:in", "parent_id").in("category_uuid:in", "category_uuid").apply(request.table(CATEGORIES).all());
    for (ObjectNode category : doomed) {
      removeCategory(request, category.get("category_id").asLong());
    }
    ObjectNode body = Json.object();
    ObjectNode meta = body.putObject("meta");
    meta.put("total", doomed.size());
    meta.put("success", doomed.size());
    meta.put("failed", 0);
    return Response.json(202, body);
  }

  /** Deletes a category, its descendants, and their assignments to products. */
  static void removeCategory(Request request, long id) {
    Table categories = request.table(CATEGORIES);
    if (!categories.contains(id)) {
      return;
    }
    for (ObjectNode child : categories.where("parent_id", id)) {
      removeCategory(request, child.get("category_id").asLong());
    }
    categories.delete(id);
    Table products = request.table(Catalog.PRODUCTS);
    for (ObjectNode product : products.where("categories", id)) {
      ArrayNode kept = Json.array();
      product.get("categories").forEach(c -> {
        if (c.asLong() != id) {
          kept.add(c);
        }
      });
      product.set("categories", kept);
      products.save(product);
    }
    MetafieldsApi.deleteAllOf(request, "category", id);
  }

  // ---- nested view

  private static Response nested(Request request) {
    long treeId = request.id("tree_id");
    request.table(TREES).require(treeId, "Category tree");
    int maxDepth = request.integer("depth", Integer.MAX_VALUE);
    Table categories = request.table(CATEGORIES);
    List<ObjectNode> inTree = categories.where("tree_id", treeId);
    ArrayNode roots = Json.array();
    for (ObjectNode root : inTree) {
      if (root.get("parent_id").asLong() == 0) {
        roots.add(node(inTree, root, 1, new ArrayList<>(), maxDepth));
      }
    }
    return Response.data(roots);
  }

  private static ObjectNode node(List<ObjectNode> inTree, ObjectNode category, int depth, List<Long> path, int maxDepth) {
    long id = category.get("category_id").asLong();
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("parent_id", category.get("parent_id").asLong());
    node.put("depth", depth);
    ArrayNode pathNode = node.putArray("path");
    path.forEach(pathNode::add);
    node.put("name", category.get("name").asText());
    node.put("is_visible", category.get("is_visible").asBoolean());
    node.put("url", category.at("/url/path").asText());
    ArrayNode children = node.putArray("children");
    if (depth < maxDepth) {
      List<Long> childPath = new ArrayList<>(path);
      childPath.add(id);
      for (ObjectNode child : inTree) {
        if (child.get("parent_id").asLong() == id) {
          children.add(node(inTree, child, depth + 1, childPath, maxDepth));
        }
      }
    }
    return node;
  }
}
