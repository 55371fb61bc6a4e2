package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Price records: one per price list, variant and currency, written by {@code variant_id} or
 * {@code sku} (a parent SKU of a product with variants names no variant and is refused). Batch
 * create takes 100 and refuses records that exist; batch upsert takes 1,000; both save the valid
 * items and answer 422 with {@code batch_errors} for the others. Records of a deleted variant are
 * gone. Concurrency caps as documented: list GET 10, POST 10, PUT 2, cross-list POST 10 and PUT 1,
 * single-record GET 40/50, PUT 40, DELETE 25.
 */
public final class PriceRecordsApi implements ApiArea {
  /** Records with a hidden id (their order, and the cursor) and a hidden slot "list:variant:currency". */
  public static final TableSpec RECORDS = TableSpec.of("price_records", "price_record", "price_list_id", "slot");
  public static final int CREATE_BATCH = 100;
  public static final int UPSERT_BATCH = 1000;
  private static final String SLOT = "slot";
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  private static final List<String> PRICES = List.of("price", "sale_price", "retail_price", "map_price");
  private static final Set<String> TIER_TYPES = Set.of("fixed", "price", "percent");
  private static final String RECORDS_PATH = "/v3/pricelists/{price_list_id}/records";
  private static final String ONE_PATH = RECORDS_PATH + "/{variant_id}/{currency_code}";

  private enum Mode { CREATE, UPSERT }

  @Override
  public void register(Routes routes) {
    routes.get(RECORDS_PATH, PriceRecordsApi::list).concurrencyCap(10);
    routes.post(RECORDS_PATH, r -> batch(r, PriceListsApi.priceList(r).get("id").asLong(), Mode.CREATE, CREATE_BATCH))
        .concurrencyCap(10);
    routes.put(RECORDS_PATH, r -> batch(r, PriceListsApi.priceList(r).get("id").asLong(), Mode.UPSERT, UPSERT_BATCH))
        .concurrencyCap(2);
    routes.delete(RECORDS_PATH, PriceRecordsApi::deleteMatching);
    routes.post("/v3/pricelists/records", r -> batch(r, null, Mode.CREATE, CREATE_BATCH)).concurrencyCap(10);
    routes.put("/v3/pricelists/records", r -> batch(r, null, Mode.UPSERT, UPSERT_BATCH)).concurrencyCap(1);
    routes.get(RECORDS_PATH + "/{variant_id}", PriceRecordsApi::listOfVariant).concurrencyCap(40);
    routes.get(ONE_PATH, r -> Response.data(render(r, one(r), include(r)))).concurrencyCap(50);
    routes.put(ONE_PATH, PriceRecordsApi::setOne).concurrencyCap(40);
    routes.delete(ONE_PATH, r -> {
      r.table(RECORDS).delete(one(r).get("id").asLong());
      return Response.noContent();
    }).concurrencyCap(25);
  }

  /** Removes every record of a price list (when the list is deleted). */
  static void deleteAllOf(Request request, long priceListId) {
    Table records = request.table(RECORDS);
    for (ObjectNode record : records.where("price_list_id", priceListId)) {
      records.delete(record.get("id").asLong());
    }
  }

  // ---- reads

  private static Response list(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    Filter filter = Filter.of(request).in("variant_id:in", "variant_id").in("product_id:in", "product_id")
        .eqIgnoreCase("currency", "currency").inIgnoreCase("currency:in", "currency")
        .eq("date_created", "date_created").eq("date_modified", "date_modified")
        .dateRange("date_created").dateRange("date_modified");
    for (String field : List.of("price", "sale_price", "retail_price", "map_price", "calculated_price")) {
      priceFilter(request, filter, field);
    }
    skuFilter(request, filter, "sku", "sku:in");
    return page(request, filter.apply(live(request, request.table(RECORDS).where("price_list_id", listId))));
  }

  private static Response listOfVariant(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    long variantId = request.id("variant_id");
    List<ObjectNode> found = live(request, request.table(RECORDS).where("price_list_id", listId)).stream()
        .filter(r -> r.get("variant_id").asLong() == variantId).toList();
    return page(request, found);
  }

  private static Response page(Request request, List<ObjectNode> records) {
    Set<String> include = include(request);
    return PriceListPages.page(request, records, r -> render(request, r, include));
  }

  /** Records whose variant still exists: deleting a variant deletes its prices. */
  private static List<ObjectNode> live(Request request, List<ObjectNode> records) {
    Table variants = request.table(Catalog.VARIANTS);
    return records.stream().filter(r -> variants.contains(r.get("variant_id").asLong())).toList();
  }

  /** Keeps the records of the variants whose SKUs the parameters name (when any of them is sent). */
  private static void skuFilter(Request request, Filter filter, String... params) {
    Set<String> skus = new HashSet<>();
    boolean asked = false;
    for (String param : params) {
      asked |= request.has(param);
      skus.addAll(request.list(param));
    }
    if (asked) {
      Set<Long> variantIds = request.table(Catalog.VARIANTS).idsWhereAny("sku", skus);
      filter.and(r -> variantIds.contains(r.get("variant_id").asLong()));
    }
  }

  private static void priceFilter(Request request, Filter filter, String field) {
    Double exact = decimal(request, field);
    Double min = decimal(request, field + ":min");
    Double max = decimal(request, field + ":max");
    if (exact != null) {
      filter.and(r -> r.has(field) && r.get(field).asDouble() == exact);
    }
    if (min != null) {
      filter.and(r -> r.has(field) && r.get(field).asDouble() >= min);
    }
    if (max != null) {
      filter.and(r -> r.has(field) && r.get(field).asDouble() <= max);
    }
  }

  private static Double decimal(Request request, String name) {
    String value = request.query(name);
    if (value == null) {
      return null;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw ApiException.unprocessable(name, "The filter '" + name + "' must be a number, got '" + value + "'");
    }
  }

  private static Set<String> include(Request request) {
    return Set.copyOf(request.list("include"));
  }

  private static ObjectNode one(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    String slot = slot(listId, request.id("variant_id"), request.param("currency_code").toLowerCase(Locale.ROOT));
    return live(request, request.table(RECORDS).where(SLOT, slot)).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("No price record for variant " + request.param("variant_id")
            + " in " + request.param("currency_code") + " on price list " + listId));
  }

  /** The record as the API shows it: no hidden fields, tiers and SKU only when included. */
  private static ObjectNode render(Request request, ObjectNode record, Set<String> include) {
    ObjectNode out = record.deepCopy();
    out.remove("id");
    out.remove(SLOT);
    if (!include.contains("bulk_pricing_tiers")) {
      out.remove("bulk_pricing_tiers");
    }
    if (include.contains("sku")) {
      request.table(Catalog.VARIANTS).find(record.get("variant_id").asLong())
          .ifPresent(v -> out.put("sku", v.path("sku").asText()));
    }
    return out;
  }

  // ---- writes

  private static Response setOne(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    long variantId = request.id("variant_id");
    if (!request.table(Catalog.VARIANTS).contains(variantId)) {
      throw ApiException.notFound("Variant " + variantId + " does not exist");
    }
    ObjectNode item = request.jsonObject().deepCopy();
    item.put("variant_id", variantId);
    item.put("currency", request.param("currency_code"));
    ObjectNode saved = write(request, listId, item, Mode.UPSERT);
    return Response.data(render(request, saved, Set.of("bulk_pricing_tiers")));
  }

  /**
   * Writes every valid item; the others are reported in {@code batch_errors} (422) while the valid
   * ones stay saved, as the store's "partial" batch answers do.
   */
  private static Response batch(Request request, Long pathListId, Mode mode, int max) {
    ArrayNode items = Check.batch(request.json(), max);
    ArrayNode errors = Json.array();
    for (JsonNode node : items) {
      ObjectNode item = (ObjectNode) node;
      try {
        long listId = pathListId != null ? pathListId : listOf(request, item);
        write(request, listId, item, mode);
      } catch (ApiException e) {
        errors.add(batchError(item, pathListId, e));
      }
    }
    ObjectNode body = Json.object();
    if (errors.isEmpty()) {
      body.putObject("data");
      body.putObject("meta");
      return Response.ok(body);
    }
    body.put("status", 422);
    body.put("title", errors.size() + " of " + items.size() + " price records were not saved");
    body.put("type", ApiException.TYPE);
    body.set("batch_errors", errors);
    return Response.json(422, body).committing();
  }

  private static long listOf(Request request, ObjectNode item) {
    long listId = Check.id(item, "price_list_id");
    if (!request.table(PriceListsApi.PRICE_LISTS).contains(listId)) {
      throw ApiException.unprocessable("price_list_id", "Price list " + listId + " does not exist");
    }
    return listId;
  }

  private static ObjectNode batchError(ObjectNode item, Long pathListId, ApiException e) {
    ObjectNode error = Json.object();
    ObjectNode data = error.putObject("data");
    if (pathListId != null) {
      data.put("price_list_id", pathListId);
    }
    for (String field : List.of("price_list_id", "variant_id", "sku", "currency")) {
      JsonNode value = item.get(field);
      boolean fits = value != null && (field.endsWith("_id") ? value.isIntegralNumber() : value.isTextual());
      if (fits) {
        data.set(field, value);
      }
    }
    ObjectNode fieldErrors = error.putObject("field_errors");
    if (e.errors() != null && !e.errors().isEmpty()) {
      fieldErrors.setAll(e.errors());
    } else {
      fieldErrors.put("record", e.title());
    }
    return error;
  }

  private static ObjectNode write(Request request, long listId, ObjectNode item, Mode mode) {
    String currency = currency(item);
    ObjectNode variant = variant(request, item);
    long variantId = variant.get("id").asLong();
    Table records = request.table(RECORDS);
    String slot = slot(listId, variantId, currency);
    Optional<ObjectNode> existing = records.first(SLOT, slot);
    if (existing.isPresent() && mode == Mode.CREATE) {
      throw ApiException.conflict("The price record exists", "variant_id", "A price record for variant " + variantId
          + " in " + currency + " already exists on price list " + listId + "; use PUT to change it");
    }
    checkPrices(item, existing.isEmpty());
    ObjectNode record = existing.orElseGet(records::blank);
    String now = Times.v3(request.now());
    if (existing.isEmpty()) {
      record.put("id", records.nextId());
      record.put("price_list_id", listId);
      record.put("variant_id", variantId);
      record.put("product_id", variant.get("product_id").asLong());
      record.put("currency", currency);
      record.put(SLOT, slot);
      record.put("date_created", now);
    }
    for (String field : PRICES) {
      JsonNode value = item.get(field);
      if (value != null && value.isNull()) {
        record.remove(field);
      } else if (value != null) {
        record.set(field, value);
      }
    }
    if (item.has("bulk_pricing_tiers")) {
      record.set("bulk_pricing_tiers", item.get("bulk_pricing_tiers"));
    }
    JsonNode sale = record.get("sale_price");
    record.set("calculated_price", sale != null && sale.isNumber() ? sale : record.get("price"));
    record.put("date_modified", now);
    records.save(record);
    return record;
  }

  private static String currency(ObjectNode item) {
    JsonNode value = item.get("currency");
    if (value == null || !value.isTextual() || !CURRENCY.matcher(value.asText()).matches()) {
      throw ApiException.unprocessable("currency", "currency is required: a 3-letter ISO-4217 code");
    }
    return value.asText().toLowerCase(Locale.ROOT);
  }

  /** The variant named by {@code variant_id} and/or {@code sku}; both given must agree. */
  private static ObjectNode variant(Request request, ObjectNode item) {
    Table variants = request.table(Catalog.VARIANTS);
    JsonNode sku = item.get("sku");
    ObjectNode bySku = null;
    if (sku != null && !sku.isNull()) {
      bySku = variants.first("sku", sku.asText()).orElseThrow(() -> ApiException.unprocessable("sku",
          "No variant has the SKU '" + sku.asText() + "' (a product with variants takes prices on its variants' SKUs)"));
    }
    if (!item.hasNonNull("variant_id")) {
      if (bySku == null) {
        throw ApiException.unprocessable("variant_id", "Either variant_id or sku is required");
      }
      return bySku;
    }
    long variantId = Check.id(item, "variant_id");
    ObjectNode byId = variants.find(variantId)
        .orElseThrow(() -> ApiException.unprocessable("variant_id", "Variant " + variantId + " does not exist"));
    if (bySku != null && bySku.get("id").asLong() != variantId) {
      throw ApiException.unprocessable("sku", "The SKU '" + sku.asText() + "' belongs to variant "
          + bySku.get("id").asLong() + ", not to variant " + variantId);
    }
    return byId;
  }

  private static void checkPrices(ObjectNode item, boolean created) {
    if (created && !item.hasNonNull("price")) {
      throw ApiException.unprocessable("price", "price is required for a new price record");
    }
    for (String field : PRICES) {
      if (item.hasNonNull(field)) {
        Check.number(item, field, true);
      }
    }
    JsonNode tiers = item.get("bulk_pricing_tiers");
    if (tiers == null || tiers.isNull()) {
      return;
    }
    if (!tiers.isArray()) {
      throw ApiException.unprocessable("bulk_pricing_tiers", "bulk_pricing_tiers must be an array");
    }
    for (int i = 0; i < tiers.size(); i++) {
      String where = "bulk_pricing_tiers." + i;
      ObjectNode tier = Check.object(tiers.get(i), where);
      try {
        long min = Check.id(tier, "quantity_min");
        if (min < 1) {
          throw ApiException.unprocessable("quantity_min", "quantity_min must be at least 1");
        }
        if (tier.hasNonNull("quantity_max") && Check.id(tier, "quantity_max") < min) {
          throw ApiException.unprocessable("quantity_max", "quantity_max must not be below quantity_min");
        }
        Check.oneOf(tier, "type", TIER_TYPES);
        Check.number(tier, "amount", true);
      } catch (ApiException e) {
        throw ApiException.unprocessable(where, e.errors().elements().next().asText());
      }
    }
  }

  private static String slot(long listId, long variantId, String currency) {
    return listId + ":" + variantId + ":" + currency;
  }

  private static Response deleteMatching(Request request) {
    long listId = PriceListsApi.priceList(request).get("id").asLong();
    Filter filter = Filter.of(request).eqIgnoreCase("currency", "currency").in("variant_id:in", "variant_id");
    skuFilter(request, filter, "sku:in");
    Table records = request.table(RECORDS);
    for (ObjectNode record : filter.apply(records.where("price_list_id", listId))) {
      records.delete(record.get("id").asLong());
    }
    return Response.noContent();
  }
}
