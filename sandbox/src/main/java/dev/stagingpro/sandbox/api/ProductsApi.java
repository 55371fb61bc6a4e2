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
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catalog products: one product per POST (variants, images, custom fields, bulk pricing rules
 * and videos may be nested), batch update of up to 10, delete by filter, and the list with the
 * filters, {@code include=} sub-resources and field selection the client uses. Name, SKU and
 * explicit custom URL are unique (409); unknown brand or category ids are a 409 as well.
 */
public final class ProductsApi implements ApiArea {
  public static final int BATCH_LIMIT = 10;
  public static final int DELETE_LIMIT = 250;
  private static final Set<String> READ_ONLY = Set.of("id", "date_created", "date_modified", "calculated_price", "base_variant_id");
  private static final String[] NON_NEGATIVE = {"weight", "width", "depth", "height", "price", "cost_price",
      "retail_price", "sale_price", "fixed_cost_shipping_price", "inventory_level", "inventory_warning_level"};
  private static final Map<String, Set<String>> ENUMS = Map.of(
      "type", Set.of("physical", "digital"),
      "inventory_tracking", Set.of("none", "product", "variant"),
      "availability", Set.of("available", "disabled", "preorder"),
      "condition", Set.of("New", "Used", "Refurbished"),
      "gift_wrapping_options_type", Set.of("any", "none", "list"),
      "open_graph_type", Set.of("product", "album", "book", "drink", "food", "game", "movie", "song", "tv_show"));
  /** Query parameter and the indexed field it filters on. */
  private static final String[][] INDEXED_FILTERS = {{"sku", "sku"}, {"sku:in", "sku"}, {"name", "name"},
      {"brand_id", "brand_id"}, {"categories", "categories"}, {"categories:in", "categories"}};
  private static final Set<String> SORTS = Set.of("id", "name", "sku", "price", "date_modified", "date_last_imported",
      "inventory_level", "is_visible", "total_sold", "calculated_price");

  private final VariantsApi variants;
  private final Map<String, ProductChild> nested = new LinkedHashMap<>();
  private final Map<String, ProductChild> children = new LinkedHashMap<>();
  private final ImagesApi images;

  public ProductsApi(VariantsApi variants, OptionsApi options, ModifiersApi modifiers, ImagesApi images,
      VideosApi videos, CustomFieldsApi customFields, BulkPricingRulesApi bulkPricingRules, ComplexRulesApi complexRules) {
    this.variants = variants;
    this.images = images;
    nested.put("images", images);
    nested.put("custom_fields", customFields);
    nested.put("bulk_pricing_rules", bulkPricingRules);
    nested.put("videos", videos);
    children.put("variants", variants);
    children.putAll(nested);
    children.put("options", options);
    children.put("modifiers", modifiers);
    children.put("complex_rules", complexRules);
  }

  @Override
  public void register(Routes routes) {
    routes.get("/v3/catalog/products", this::list);
    routes.post("/v3/catalog/products", this::create);
    routes.put("/v3/catalog/products", this::batchUpdate);
    routes.delete("/v3/catalog/products", this::deleteMatching);
    routes.get("/v3/catalog/products/{product_id}", r -> Response.data(render(r, product(r), includes(r, null))));
    routes.put("/v3/catalog/products/{product_id}", r -> {
      ObjectNode body = r.jsonObject();
      return Response.data(render(r, update(r, product(r), body), includes(r, body)));
    });
    routes.delete("/v3/catalog/products/{product_id}", r -> {
      remove(r, product(r));
      return Response.noContent();
    });
  }

  /** The product of the path's {@code product_id}, or 404. */
  public static ObjectNode product(Request request) {
    return request.table(Catalog.PRODUCTS).require(request.id("product_id"), "Product");
  }

  /** Records that a product changed (its date_modified moves). */
  static void touch(Request request, ObjectNode product) {
    product.put("date_modified", Times.v3(request.now()));
    request.table(Catalog.PRODUCTS).save(product);
  }

  // ---- create and update

  private Response create(Request request) {
    ObjectNode body = request.jsonObject();
    Check.text(body, "name", 250);
    Check.oneOf(body, "type", ENUMS.get("type"));
    Check.number(body, "weight", true);
    Check.number(body, "price", true);
    Table products = request.table(Catalog.PRODUCTS);
    ObjectNode product = products.blank();
    product.put("id", products.nextId());
    String now = Times.v3(request.now());
    product.put("date_created", now);
    apply(request, product, body, true);
    JsonNode givenVariants = body.get("variants");
    if (givenVariants != null && givenVariants.isArray() && !givenVariants.isEmpty()) {
      products.save(product);
      variants.upsertAll(request, product, givenVariants);
    } else {
      variants.createBase(request, product);
    }
    nestedUpserts(request, product, body);
    product.put("date_modified", now);
    products.save(product);
    return Response.data(render(request, product, includes(request, body)));
  }

  private ObjectNode update(Request request, ObjectNode product, ObjectNode body) {
    apply(request, product, body, false);
    if (body.has("variants")) {
      variants.upsertAll(request, product, body.get("variants"));
    }
    nestedUpserts(request, product, body);
    variants.syncBase(request, product);
    touch(request, product);
    return product;
  }

  private void nestedUpserts(Request request, ObjectNode product, ObjectNode body) {
    for (Map.Entry<String, ProductChild> child : nested.entrySet()) {
      if (body.has(child.getKey())) {
        child.getValue().upsertAll(request, product, body.get(child.getKey()));
      }
    }
  }

  /** Validates and copies the product's own fields (not the nested collections). */
  private static void apply(Request request, ObjectNode product, ObjectNode body, boolean create) {
    long id = product.get("id").asLong();
    if (body.has("name")) {
      String name = Check.text(body, "name", 250);
      for (ObjectNode other : request.table(Catalog.PRODUCTS).where("name", name)) {
        if (other.get("id").asLong() != id) {
          throw ApiException.conflict("The product name is a duplicate", "name", "Product name '" + name + "' is already in use");
        }
      }
    }
    for (String field : NON_NEGATIVE) {
      Check.optionalNumber(body, field, true);
    }
    ENUMS.forEach((field, allowed) -> Check.optionalOneOf(body, field, allowed));
    Check.optionalText(body, "sku", 255);
    Check.optionalText(body, "upc", 14);
    Check.optionalText(body, "gtin", 14);
    if (body.has("sku")) {
      Skus.requireFreeForProduct(request, body.get("sku").asText(), id, product.path("base_variant_id").asLong(-1));
    }
    brand(request, body);
    categories(request, body);
    body.fields().forEachRemaining(f -> {
      if (product.has(f.getKey()) && !READ_ONLY.contains(f.getKey())) {
        product.set(f.getKey(), f.getValue().deepCopy());
      }
    });
    customUrl(request, product, body, create);
  }

  private static void brand(Request request, ObjectNode body) {
    if (body.hasNonNull("brand_id") && body.get("brand_id").asLong() != 0) {
      long brandId = body.get("brand_id").asLong();
      if (!request.table(BrandsApi.BRANDS).contains(brandId)) {
        throw ApiException.conflict("Brand " + brandId + " does not exist", "brand_id", "Unknown brand id " + brandId);
      }
    } else if (body.hasNonNull("brand_name") && !body.get("brand_name").asText().isBlank()) {
      String name = body.get("brand_name").asText();
      Table brands = request.table(BrandsApi.BRANDS);
      ObjectNode brand = brands.first("name", name).orElseGet(() -> {
        ObjectNode created = brands.blank();
        created.put("id", brands.nextId());
        created.put("name", name);
        ((ObjectNode) created.get("custom_url")).put("url", Slugs.path(name));
        brands.save(created);
        return created;
      });
      body.put("brand_id", brand.get("id").asLong());
    }
  }

  private static void categories(Request request, ObjectNode body) {
    JsonNode categories = body.get("categories");
    if (categories == null) {
      return;
    }
    if (!categories.isArray()) {
      throw ApiException.unprocessable("categories", "categories must be an array of category ids");
    }
    Table table = request.table(CategoryTreesApi.CATEGORIES);
    for (JsonNode category : categories) {
      if (!table.contains(category.asLong())) {
        throw ApiException.conflict("Category " + category.asLong() + " does not exist", "categories",
            "Unknown category id " + category.asLong());
      }
    }
  }

  private static void customUrl(Request request, ObjectNode product, ObjectNode body, boolean create) {
    JsonNode given = body.get("custom_url");
    ObjectNode url = Json.object();
    if (given != null && given.isObject() && given.hasNonNull("url") && !given.get("url").asText().isBlank()) {
      url.put("url", given.get("url").asText());
      url.put("is_customized", given.path("is_customized").asBoolean(true));
      long id = product.get("id").asLong();
      for (ObjectNode other : request.table(Catalog.PRODUCTS).all()) {
        if (other.get("id").asLong() != id && other.at("/custom_url/url").asText().equals(url.get("url").asText())) {
          throw ApiException.conflict("The custom URL is already in use", "custom_url.url", url.get("url").asText());
        }
      }
    } else if (create || (body.has("name") && !product.at("/custom_url/is_customized").asBoolean())) {
      url.put("url", Slugs.path(product.get("name").asText()));
      url.put("is_customized", false);
    } else {
      return;
    }
    product.set("custom_url", url);
  }

  private Response batchUpdate(Request request) {
    ArrayNode items = Check.batch(request.json(), BATCH_LIMIT);
    Table products = request.table(Catalog.PRODUCTS);
    return Response.data(Check.eachItem(items, item -> render(request,
        update(request, products.require(Check.id(item, "id"), "Product"), item), includes(request, null))));
  }

  // ---- delete

  private Response deleteMatching(Request request) {
    if (request.rawQuery() == null || request.rawQuery().isBlank()) {
      throw ApiException.unprocessable("id:in", "Deleting products needs a filter, e.g. id:in");
    }
    if (request.list("id:in").size() > DELETE_LIMIT) {
      throw ApiException.unprocessable("id:in", "At most " + DELETE_LIMIT + " ids per delete");
    }
    for (ObjectNode product : matching(request)) {
      remove(request, product);
    }
    return Response.noContent();
  }

  private void remove(Request request, ObjectNode product) {
    long id = product.get("id").asLong();
    for (ProductChild child : children.values()) {
      child.deleteAllOf(request, id);
    }
    // Reviews are not a nested part of a product body, yet they go with the product.
    for (TableSpec owned : List.of(Catalog.PRODUCT_CHANNELS, Catalog.REVIEWS)) {
      Table table = request.table(owned);
      table.where("product_id", id).forEach(r -> table.delete(r.get("id").asLong()));
    }
    MetafieldsApi.deleteAllOf(request, "product", id);
    request.table(Catalog.PRODUCTS).delete(id);
  }

  // ---- list

  private Response list(Request request) {
    Set<String> include = includes(request, null);
    int limit = Pages.limit(request);
    if (include.contains("options") || include.contains("modifiers")) {
      limit = Math.min(limit, 10);
    }
    Table products = request.table(Catalog.PRODUCTS);
    Filter rest = otherFilters(request);
    boolean sorted = request.query("sort") != null && !"id".equals(request.query("sort"));
    List<Long> candidates = candidates(request, products);
    if (!rest.isActive() && !sorted) {
      List<Long> ids = new ArrayList<>(candidates);
      if ("desc".equalsIgnoreCase(request.query("direction"))) {
        java.util.Collections.reverse(ids);
      }
      return Pages.offset(request, ids, limit, id -> render(request, products.require(id, "Product"), include));
    }
    List<ObjectNode> found = matching(request);
    found = Shape.sort(request, found, SORTS, "id");
    return Pages.offset(request, found, limit, p -> render(request, p, include));
  }

  /** Products matching every filter of the request, in id order. */
  private List<ObjectNode> matching(Request request) {
    Table products = request.table(Catalog.PRODUCTS);
    Filter rest = otherFilters(request);
    List<ObjectNode> out = new ArrayList<>();
    for (Long id : candidates(request, products)) {
      ObjectNode product = products.require(id, "Product");
      if (rest.predicate().test(product)) {
        out.add(product);
      }
    }
    return out;
  }

  /**
   * Product ids in order, narrowed by the indexed filters (ids, SKU, name, brand, category,
   * channel) without loading records; without such filters the whole id list.
   */
  private static List<Long> candidates(Request request, Table products) {
    Set<Long> keep = null;
    if (request.query("id") != null) {
      keep = intersect(keep, Set.of(request.longQuery("id")));
    }
    if (request.has("id:in")) {
      keep = intersect(keep, new LinkedHashSet<>(request.longs("id:in")));
    }
    for (String[] filter : INDEXED_FILTERS) {
      if (request.has(filter[0])) {
        keep = intersect(keep, products.idsWhereAny(filter[1], request.list(filter[0])));
      }
    }
    if (request.has("channel_id:in")) {
      Set<Long> inChannels = new TreeSet<>();
      for (ObjectNode assignment : request.table(Catalog.PRODUCT_CHANNELS).all()) {
        if (request.list("channel_id:in").contains(assignment.get("channel_id").asText())) {
          inChannels.add(assignment.get("product_id").asLong());
        }
      }
      keep = intersect(keep, inChannels);
    }
    if (keep == null) {
      return new ArrayList<>(products.ids());
    }
    return new TreeSet<>(keep).stream().filter(products::contains).toList();
  }

  private static Set<Long> intersect(Set<Long> current, Collection<Long> matched) {
    if (current == null) {
      return new java.util.HashSet<>(matched);
    }
    current.retainAll(new java.util.HashSet<>(matched));
    return current;
  }

  private static Filter otherFilters(Request request) {
    Filter filter = Filter.of(request).notIn("id:not_in", "id")
        .min("id:min", "id", false).max("id:max", "id", false).min("id:greater", "id", true).max("id:less", "id", true)
        .eq("mpn", "mpn").eq("upc", "upc").eqIgnoreCase("condition", "condition").eq("type", "type")
        .eq("availability", "availability").bool("is_visible", "is_visible").bool("is_featured", "is_featured")
        .bool("is_free_shipping", "is_free_shipping").eq("inventory_level", "inventory_level")
        .in("inventory_level:in", "inventory_level").min("inventory_level:min", "inventory_level", false)
        .max("inventory_level:max", "inventory_level", false).min("inventory_level:greater", "inventory_level", true)
        .max("inventory_level:less", "inventory_level", true).eq("total_sold", "total_sold")
        .dateRange("date_modified").dateRange("date_last_imported");
    for (String number : List.of("price", "weight")) {
      String wanted = request.query(number);
      if (wanted != null) {
        double value = Double.parseDouble(wanted);
        filter.and(p -> p.path(number).asDouble() == value);
      }
    }
    String keyword = request.query("keyword");
    if (keyword != null) {
      String needle = keyword.toLowerCase(Locale.ROOT);
      filter.and(p -> (p.path("name").asText() + " " + p.path("sku").asText() + " " + p.path("description").asText()
          + " " + p.path("search_keywords").asText()).toLowerCase(Locale.ROOT).contains(needle));
    }
    return filter;
  }

  // ---- rendering

  /** The sub-resources to embed: the include parameter plus the collections sent in the body. */
  private static Set<String> includes(Request request, ObjectNode body) {
    Set<String> include = new LinkedHashSet<>(request.list("include"));
    if (body != null) {
      for (String key : List.of("variants", "images", "custom_fields", "bulk_pricing_rules", "videos")) {
        if (body.has(key)) {
          include.add(key);
        }
      }
    }
    return include;
  }

  private ObjectNode render(Request request, ObjectNode product, Set<String> include) {
    double sale = product.path("sale_price").asDouble();
    product.put("calculated_price", sale > 0 ? sale : product.path("price").asDouble());
    for (String name : include) {
      ProductChild child = children.get(name);
      if (child != null) {
        ArrayNode items = product.putArray(name);
        for (ObjectNode item : child.rendered(request, product)) {
          if (child instanceof ValuedChild) {
            item.remove("name"); // the embedded option/modifier shape has no internal name
          }
          items.add(item);
        }
      } else if ("primary_image".equals(name)) {
        ObjectNode primary = images.primary(request, product);
        if (primary != null) {
          product.set("primary_image", primary);
        }
      } else if ("channels".equals(name)) {
        ArrayNode channels = product.putArray("channels");
        request.table(Catalog.PRODUCT_CHANNELS).where("product_id", product.get("id").asLong())
            .forEach(a -> channels.add(a.get("channel_id").asLong()));
      } else if ("parent_relations".equals(name)) {
        product.putArray("parent_relations");
      }
    }
    return Shape.fields(request, product, "id");
  }
}
