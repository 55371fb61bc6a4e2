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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Product variants. A product without options has one base variant carrying the product's SKU;
 * the first variant built on option values replaces it. Variant SKUs are unique store-wide and
 * each option-value combination exists once per product (409). {@code PUT /catalog/variants}
 * updates (items with {@code id}) or creates (items with {@code product_id}, {@code sku},
 * {@code option_values}) up to 50 variants at once.
 */
public final class VariantsApi extends ProductChild {
  public static final int BATCH_LIMIT = 50;
  private static final String[] FIELDS = {"cost_price", "price", "sale_price", "retail_price", "map_price", "weight",
      "width", "height", "depth", "is_free_shipping", "fixed_cost_shipping_price", "purchasing_disabled",
      "purchasing_disabled_message", "upc", "inventory_level", "inventory_warning_level", "bin_picking_number",
      "image_url", "gtin", "mpn"};
  private static final String[] NON_NEGATIVE = {"cost_price", "price", "sale_price", "retail_price", "weight",
      "width", "height", "depth", "fixed_cost_shipping_price"};

  private OptionsApi options;

  public VariantsApi() {
    super(Catalog.VARIANTS, "variants", "variant_id", "Variant");
  }

  void useOptions(OptionsApi value) {
    this.options = value;
  }

  @Override
  public void register(Routes routes) {
    super.register(routes);
    routes.get("/v3/catalog/variants", this::listAll);
    routes.put("/v3/catalog/variants", this::batch);
  }

  @Override
  protected int perProductLimit() {
    return 600;
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    if (create || body.has("sku")) {
      String sku = Check.text(body, "sku", 255);
      Skus.requireFreeForVariant(request, sku, record.path("id").asLong());
      record.put("sku", sku);
    }
    for (String field : NON_NEGATIVE) {
      Check.optionalNumber(body, field, true);
    }
    copy(body, record, FIELDS);
    if (body.has("option_values")) {
      record.set("option_values", resolveValues(request, product, record, body.get("option_values")));
      if (record.get("option_values").size() > 0 && !product.path("base_variant_id").isNull()) {
        dropBase(request, product);
      }
    }
  }

  /** Stored option values are {id, option_id}; labels and names are looked up when rendering. */
  private ArrayNode resolveValues(Request request, ObjectNode product, ObjectNode record, JsonNode given) {
    if (!given.isArray()) {
      throw ApiException.unprocessable("option_values", "option_values must be an array");
    }
    ArrayNode resolved = Json.array();
    Set<Long> seenOptions = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      ObjectNode value = Check.object(given.get(i), "option_values[" + i + "]");
      ObjectNode option;
      long valueId;
      if (value.hasNonNull("option_display_name") && value.hasNonNull("label")) {
        option = options.byDisplayName(request, product, value.get("option_display_name").asText());
        valueId = options.valueByLabel(request, option, value.get("label").asText()).get("id").asLong();
      } else {
        long optionId = value.path("option_id").asLong();
        valueId = value.path("id").asLong();
        option = options.of(request, product.get("id").asLong()).stream()
            .filter(o -> o.get("id").asLong() == optionId).findFirst()
            .orElseThrow(() -> ApiException.unprocessable("option_values[" + 0 + "].option_id",
                "Option " + optionId + " does not exist on product " + product.get("id")));
        boolean known = false;
        for (JsonNode candidate : option.path("option_values")) {
          known |= candidate.get("id").asLong() == valueId;
        }
        if (!known) {
          throw ApiException.unprocessable("option_values.id", "Option value " + valueId + " does not exist on option " + optionId);
        }
      }
      if (!seenOptions.add(option.get("id").asLong())) {
        throw ApiException.unprocessable("option_values", "A variant takes one value per option");
      }
      ObjectNode stored = resolved.addObject();
      stored.put("id", valueId);
      stored.put("option_id", option.get("id").asLong());
    }
    for (ObjectNode other : of(request, product.get("id").asLong())) {
      if (other.get("id").asLong() != record.path("id").asLong() && sameCombination(other.get("option_values"), resolved)) {
        throw ApiException.conflict("A variant with these option values already exists", "option_values",
            "Duplicate of variant " + other.get("id"));
      }
    }
    return resolved;
  }

  private static boolean sameCombination(JsonNode a, JsonNode b) {
    Set<Long> left = new HashSet<>();
    Set<Long> right = new HashSet<>();
    a.forEach(v -> left.add(v.get("id").asLong()));
    b.forEach(v -> right.add(v.get("id").asLong()));
    return !left.isEmpty() && left.equals(right);
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    ArrayNode shown = Json.array();
    List<ObjectNode> productOptions = options.of(request, record.get("product_id").asLong());
    for (JsonNode value : record.path("option_values")) {
      ObjectNode out = shown.addObject();
      out.put("id", value.get("id").asLong());
      out.put("option_id", value.get("option_id").asLong());
      for (ObjectNode option : productOptions) {
        if (option.get("id").asLong() == value.get("option_id").asLong()) {
          out.put("option_display_name", option.get("display_name").asText());
          option.path("option_values").forEach(v -> {
            if (v.get("id").asLong() == value.get("id").asLong()) {
              out.put("label", v.get("label").asText());
            }
          });
        }
      }
    }
    record.set("option_values", shown);
    record.put("calculated_price", record.path("price").isNumber()
        ? record.get("price").asDouble() : product.path("price").asDouble());
    record.put("calculated_weight", record.path("weight").isNumber()
        ? record.get("weight").asDouble() : product.path("weight").asDouble());
    record.put("sku_id", record.get("id").asLong());
    return record;
  }

  @Override
  protected void beforeDelete(Request request, ObjectNode record) {
    MetafieldsApi.deleteAllOf(request, "variant", record.get("id").asLong());
  }

  /** Creates the base variant of a product without options and links it. */
  ObjectNode createBase(Request request, ObjectNode product) {
    Table table = table(request);
    ObjectNode base = table.blank();
    base.put("id", table.nextId());
    base.put("product_id", product.get("id").asLong());
    base.put("sku", product.path("sku").asText());
    table.save(base);
    product.put("base_variant_id", base.get("id").asLong());
    return base;
  }

  /** Keeps the base variant's SKU equal to the product's. */
  void syncBase(Request request, ObjectNode product) {
    if (product.path("base_variant_id").isNull()) {
      return;
    }
    table(request).find(product.get("base_variant_id").asLong()).ifPresent(base -> {
      base.put("sku", product.path("sku").asText());
      table(request).save(base);
    });
  }

  private void dropBase(Request request, ObjectNode product) {
    long baseId = product.get("base_variant_id").asLong();
    table(request).find(baseId).ifPresent(base -> delete(request, base));
    product.putNull("base_variant_id");
    request.table(Catalog.PRODUCTS).save(product);
  }

  /** Removes the product's variants built on an option (or one of its values). */
  void removeUsing(Request request, long productId, long optionId, Long valueId) {
    for (ObjectNode variant : of(request, productId)) {
      for (JsonNode value : variant.path("option_values")) {
        if (value.get("option_id").asLong() == optionId && (valueId == null || value.get("id").asLong() == valueId)) {
          delete(request, variant);
          break;
        }
      }
    }
    if (of(request, productId).isEmpty()) {
      request.table(Catalog.PRODUCTS).find(productId).ifPresent(product -> {
        createBase(request, product);
        request.table(Catalog.PRODUCTS).save(product);
      });
    }
  }

  private Response listAll(Request request) {
    Table table = table(request);
    List<ObjectNode> variants;
    if (request.query("sku") != null) {
      variants = table.where("sku", request.query("sku"));
    } else if (request.has("product_id:in")) {
      variants = new ArrayList<>();
      for (Long productId : request.longs("product_id:in")) {
        variants.addAll(table.where("product_id", productId));
      }
      variants.sort((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong()));
    } else {
      variants = table.all();
    }
    variants = Filter.of(request).eq("id", "id").eq("upc", "upc").apply(variants);
    Table products = request.table(Catalog.PRODUCTS);
    return Pages.offset(request, variants, Pages.limit(request), v ->
        Shape.fields(request, render(request, products.require(v.get("product_id").asLong(), "Product"), v), "id"));
  }

  private Response batch(Request request) {
    ArrayNode items = Check.batch(request.json(), BATCH_LIMIT);
    Table products = request.table(Catalog.PRODUCTS);
    return Response.data(Check.eachItem(items, item -> {
      if (item.hasNonNull("id")) {
        ObjectNode variant = table(request).require(item.get("id").asLong(), "Variant");
        return update(request, products.require(variant.get("product_id").asLong(), "Product"), variant, item);
      }
      long productId = Check.id(item, "product_id");
      if (!item.has("option_values")) {
        throw ApiException.unprocessable("option_values", "A new variant needs option_values");
      }
      return create(request, products.require(productId, "Product"), item);
    }));
  }
}
