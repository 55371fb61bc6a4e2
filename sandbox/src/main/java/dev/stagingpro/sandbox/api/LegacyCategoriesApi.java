package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import java.util.List;
import java.util.Set;

/**
 * The deprecated {@code /v3/catalog/categories} endpoints: a view of the default channel's tree
 * (tree 1) in the legacy shape ({@code id}, {@code custom_url}), with writes going through the
 * same rules as the trees API (name unique under a parent: 409).
 */
public final class LegacyCategoriesApi implements ApiArea {
  private static final long DEFAULT_TREE = 1;
  private static final int CONCURRENCY = 40;
  /** Fields the legacy and the tree shape have in common. */
  private static final Set<String> SHARED_FIELDS = Set.of("parent_id", "name", "description", "views", "sort_order",
      "page_title", "search_keywords", "meta_keywords", "meta_description", "layout_file", "is_visible",
      "default_product_sort", "image_url");

  @Override
  public void register(Routes routes) {
    routes.get("/v3/catalog/categories", LegacyCategoriesApi::list).concurrencyCap(CONCURRENCY);
    routes.post("/v3/catalog/categories", r -> Response.data(legacy(CategoryTreesApi.createCategory(r, toTree(r.jsonObject(), null)))))
        .concurrencyCap(CONCURRENCY);
    routes.get("/v3/catalog/categories/{category_id}", r -> Response.data(Shape.fields(r, legacy(find(r)), "id")))
        .concurrencyCap(CONCURRENCY);
    routes.put("/v3/catalog/categories/{category_id}", r -> Response.data(legacy(CategoryTreesApi.updateCategory(r,
        toTree(r.jsonObject(), find(r).get("category_id").asLong()))))).concurrencyCap(CONCURRENCY);
    routes.delete("/v3/catalog/categories/{category_id}", r -> {
      long id = find(r).get("category_id").asLong();
      if (!r.table(Catalog.PRODUCTS).where("categories", id).isEmpty()) {
        throw ApiException.unprocessable("category_id", "Category " + id + " still holds products");
      }
      CategoryTreesApi.removeCategory(r, id);
      return Response.noContent();
    }).concurrencyCap(CONCURRENCY);
  }

  private static ObjectNode find(Request request) {
    long id = request.id("category_id");
    return request.table(CategoryTreesApi.CATEGORIES).find(id)
        .filter(c -> c.get("tree_id").asLong() == DEFAULT_TREE)
        .orElseThrow(() -> ApiException.notFound("Category " + id + " does not exist"));
  }

  private static Response list(Request request) {
    List<ObjectNode> categories = request.table(CategoryTreesApi.CATEGORIES).where("tree_id", DEFAULT_TREE).stream()
        .map(LegacyCategoriesApi::legacy).toList();
    categories = Filter.of(request).ids("id").eq("name", "name").like("name:like", "name")
        .eq("parent_id", "parent_id").in("parent_id:in", "parent_id")
        .min("parent_id:min", "parent_id", false).max("parent_id:max", "parent_id", false)
        .eq("page_title", "page_title").like("page_title:like", "page_title").like("keyword", "name")
        .bool("is_visible", "is_visible").apply(categories);
    categories = Shape.sort(request, categories, Set.of("name", "id", "parent_id", "sort_order"), "id");
    return Pages.offset(request, categories.stream().map(c -> Shape.fields(request, c, "id")).toList());
  }

  /** A legacy body as a trees-API item: custom_url becomes url, the tree is tree 1. */
  private static ObjectNode toTree(ObjectNode body, Long categoryId) {
    ObjectNode item = body.deepCopy();
    if (categoryId == null) {
      Check.id(body, "parent_id");
      item.put("tree_id", DEFAULT_TREE);
    } else {
      item.put("category_id", categoryId);
    }
    JsonNode url = item.remove("custom_url");
    if (url != null && url.hasNonNull("url")) {
      item.putObject("url").put("path", url.get("url").asText()).put("is_customized", url.path("is_customized").asBoolean(true));
    }
    return item;
  }

  /** A tree category in the legacy shape. */
  private static ObjectNode legacy(ObjectNode category) {
    ObjectNode out = Json.template("category");
    Json.copyFields(category, out, SHARED_FIELDS);
    out.put("id", category.get("category_id").asLong());
    out.putObject("custom_url").put("url", category.at("/url/path").asText())
        .put("is_customized", category.at("/url/is_customized").asBoolean());
    return out;
  }
}
