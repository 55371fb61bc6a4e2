package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Which channels list a product ({@code /catalog/products/channel-assignments}) and which
 * categories hold it ({@code /catalog/products/category-assignments}). Assigning is idempotent;
 * unknown products, channels or categories are a 422.
 */
public final class ProductAssignmentsApi implements ApiArea {
  @Override
  public void register(Routes routes) {
    routes.get("/v3/catalog/products/channel-assignments", ProductAssignmentsApi::listChannels);
    routes.put("/v3/catalog/products/channel-assignments", ProductAssignmentsApi::assignChannels);
    routes.delete("/v3/catalog/products/channel-assignments", ProductAssignmentsApi::unassignChannels);
    routes.get("/v3/catalog/products/category-assignments", ProductAssignmentsApi::listCategories);
    routes.put("/v3/catalog/products/category-assignments", ProductAssignmentsApi::assignCategories);
    routes.delete("/v3/catalog/products/category-assignments", ProductAssignmentsApi::unassignCategories);
  }

  private static Response listChannels(Request request) {
    List<ObjectNode> assignments = Filter.of(request).in("product_id:in", "product_id").in("channel_id:in", "channel_id")
        .apply(request.table(Catalog.PRODUCT_CHANNELS).all());
    return Pages.offset(request, assignments.stream().map(a -> pair(a, "channel_id")).toList());
  }

  private static Response assignChannels(Request request) {
    Table assignments = request.table(Catalog.PRODUCT_CHANNELS);
    for (ObjectNode item : items(request)) {
      long productId = requireProduct(request, item);
      long channelId = Check.id(item, "channel_id");
      ChannelsApi.requireExists(request, channelId, "channel_id");
      boolean present = assignments.where("product_id", productId).stream()
          .anyMatch(a -> a.get("channel_id").asLong() == channelId);
      if (!present) {
        ObjectNode assignment = assignments.blank();
        assignment.put("id", assignments.nextId());
        assignment.put("product_id", productId);
        assignment.put("channel_id", channelId);
        assignments.save(assignment);
      }
    }
    return Response.noContent();
  }

  private static Response unassignChannels(Request request) {
    requireFilter(request, "channel_id:in");
    Table assignments = request.table(Catalog.PRODUCT_CHANNELS);
    Filter.of(request).in("product_id:in", "product_id").in("channel_id:in", "channel_id")
        .apply(assignments.all()).forEach(a -> assignments.delete(a.get("id").asLong()));
    return Response.noContent();
  }

  private static Response listCategories(Request request) {
    List<ObjectNode> pairs = new ArrayList<>();
    List<String> categories = request.list("category_id:in");
    for (ObjectNode product : products(request)) {
      for (JsonNode category : product.path("categories")) {
        if (categories.isEmpty() || categories.contains(category.asText())) {
          ObjectNode pair = Json.object();
          pair.put("product_id", product.get("id").asLong());
          pair.put("category_id", category.asLong());
          pairs.add(pair);
        }
      }
    }
    return Pages.offset(request, pairs);
  }

  private static Response assignCategories(Request request) {
    Table products = request.table(Catalog.PRODUCTS);
    for (ObjectNode item : items(request)) {
      ObjectNode product = products.require(requireProduct(request, item), "Product");
      long categoryId = Check.id(item, "category_id");
      if (!request.table(CategoryTreesApi.CATEGORIES).contains(categoryId)) {
        throw ApiException.unprocessable("category_id", "Category " + categoryId + " does not exist");
      }
      ArrayNode categories = (ArrayNode) product.withArray("categories");
      boolean present = false;
      for (JsonNode existing : categories) {
        present |= existing.asLong() == categoryId;
      }
      if (!present) {
        categories.add(categoryId);
        products.save(product);
      }
    }
    return Response.noContent();
  }

  private static Response unassignCategories(Request request) {
    requireFilter(request, "category_id:in");
    List<String> categories = request.list("category_id:in");
    Table products = request.table(Catalog.PRODUCTS);
    for (ObjectNode product : products(request)) {
      ArrayNode kept = Json.array();
      product.path("categories").forEach(c -> {
        if (!categories.isEmpty() && !categories.contains(c.asText())) {
          kept.add(c);
        }
      });
      if (kept.size() != product.path("categories").size()) {
        product.set("categories", kept);
        products.save(product);
      }
    }
    return Response.noContent();
  }

  private static List<ObjectNode> products(Request request) {
    Table products = request.table(Catalog.PRODUCTS);
    if (!request.has("product_id:in")) {
      return products.all();
    }
    List<ObjectNode> out = new ArrayList<>();
    request.longs("product_id:in").forEach(id -> products.find(id).ifPresent(out::add));
    return out;
  }

  private static List<ObjectNode> items(Request request) {
    JsonNode body = request.json();
    if (!body.isArray() || body.isEmpty()) {
      throw ApiException.unprocessable("body", "The request body must be a non-empty array");
    }
    List<ObjectNode> items = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      items.add(Check.object(body.get(i), "[" + i + "]"));
    }
    return items;
  }

  private static long requireProduct(Request request, ObjectNode item) {
    long productId = Check.id(item, "product_id");
    if (!request.table(Catalog.PRODUCTS).contains(productId)) {
      throw ApiException.unprocessable("product_id", "Product " + productId + " does not exist");
    }
    return productId;
  }

  private static void requireFilter(Request request, String other) {
    if (!request.has("product_id:in") && !request.has(other)) {
      throw ApiException.unprocessable("product_id:in", "Deleting assignments needs product_id:in or " + other);
    }
  }

  private static ObjectNode pair(ObjectNode assignment, String other) {
    ObjectNode out = Json.object();
    out.put("product_id", assignment.get("product_id").asLong());
    out.put(other, assignment.get(other).asLong());
    return out;
  }
}
