package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Set;

/** Catalog brands: name unique (409), custom URL unique (409); deleting one clears it from products. */
public final class BrandsApi implements ApiArea {
  public static final TableSpec BRANDS = TableSpec.of("brands", "brand", "name").ignoringCase("name");
  private static final Set<String> EDITABLE = Set.of("name", "page_title", "meta_keywords", "meta_description",
      "search_keywords", "image_url", "custom_url");

  @Override
  public void register(Routes routes) {
    routes.get("/v3/catalog/brands", BrandsApi::list);
    routes.post("/v3/catalog/brands", r -> Response.data(save(r, null, r.jsonObject())));
    routes.delete("/v3/catalog/brands", BrandsApi::deleteByName);
    routes.get("/v3/catalog/brands/{brand_id}", r -> Response.data(Shape.fields(r, brand(r), "id")));
    routes.put("/v3/catalog/brands/{brand_id}", r -> Response.data(save(r, brand(r), r.jsonObject())));
    routes.delete("/v3/catalog/brands/{brand_id}", r -> {
      remove(r, brand(r).get("id").asLong());
      return Response.noContent();
    });
  }

  public static ObjectNode brand(Request request) {
    return request.table(BRANDS).require(request.id("brand_id"), "Brand");
  }

  private static Response list(Request request) {
    List<ObjectNode> brands = Filter.of(request).ids("id").eq("name", "name").like("name:like", "name")
        .eq("page_title", "page_title").apply(request.table(BRANDS).all());
    brands = Shape.sort(request, brands, Set.of("name"), "id");
    return Pages.offset(request, brands.stream().map(b -> Shape.fields(request, b, "id")).toList());
  }

  private static ObjectNode save(Request request, ObjectNode existing, ObjectNode body) {
    Table brands = request.table(BRANDS);
    ObjectNode brand = existing == null ? brands.blank() : existing;
    long id = existing == null ? 0 : existing.get("id").asLong();
    String name = existing == null || body.has("name") ? Check.text(body, "name", 255) : brand.get("name").asText();
    Check.optionalText(body, "page_title", 255);
    for (ObjectNode other : brands.where("name", name)) {
      if (other.get("id").asLong() != id) {
        throw ApiException.conflict("Brand name '" + name + "' is already in use", "name", "Brand name must be unique");
      }
    }
    Json.copyFields(body, brand, EDITABLE);
    brand.put("name", name);
    ObjectNode url = customUrl(brand, name, existing == null);
    for (ObjectNode other : brands.all()) {
      if (other.get("id").asLong() != id && other.at("/custom_url/url").asText().equals(url.get("url").asText())) {
        throw ApiException.conflict("The custom URL is already in use", "custom_url.url", url.get("url").asText());
      }
    }
    if (existing == null) {
      brand.put("id", brands.nextId());
    }
    brands.save(brand);
    return brand;
  }

  private static ObjectNode customUrl(ObjectNode brand, String name, boolean created) {
    JsonNode given = brand.get("custom_url");
    ObjectNode url = given != null && given.isObject() ? (ObjectNode) given : Json.object();
    if (!url.hasNonNull("url") || url.get("url").asText().isEmpty() || (created && !url.has("is_customized"))) {
      if (!url.hasNonNull("url") || url.get("url").asText().isEmpty()) {
        url.put("url", Slugs.path(name));
        url.put("is_customized", false);
      } else {
        url.put("is_customized", true);
      }
    }
    brand.set("custom_url", url);
    return url;
  }

  private static Response deleteByName(Request request) {
    String name = request.query("name");
    if (name == null) {
      throw ApiException.unprocessable("name", "Deleting brands needs a name filter");
    }
    for (ObjectNode brand : Filter.of(request).eq("name", "name").eq("page_title", "page_title").apply(request.table(BRANDS).all())) {
      remove(request, brand.get("id").asLong());
    }
    return Response.noContent();
  }

  private static void remove(Request request, long id) {
    request.table(BRANDS).delete(id);
    request.table(Catalog.PRODUCTS).updateWhere("brand_id", id, product -> product.put("brand_id", 0));
    MetafieldsApi.deleteAllOf(request, "brand", id);
  }
}
