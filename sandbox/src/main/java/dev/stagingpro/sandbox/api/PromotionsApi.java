package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Pages;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Route;
import dev.stagingpro.sandbox.http.RouteHandler;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Promotions ({@code /v3/promotions}): AUTOMATIC or COUPON (SINGLE or BULK codes), with rules,
 * customer eligibility, notifications, dates, status, address and schedule checked by {@link
 * PromotionRules}. The spec declares no unique name, so none is enforced. Redemption and coupon
 * type cannot change; a promotion that still has coupon codes cannot be deleted. Errors come in
 * the promotions API's own shape ({@link PromotionErrors}); at most 40 requests at once.
 */
public final class PromotionsApi implements ApiArea {
  public static final TableSpec PROMOTIONS = TableSpec.of("promotions", "promotion", "name").ignoringCase("name");
  static final int CONCURRENCY = 40;
  static final int DELETE_BATCH = 50;
  private static final Set<String> SORTS = Set.of("id", "name", "priority", "start_date");
  private static final Set<String> COUPON_FIELDS = Set.of("coupon_type", "coupon_overrides_other_promotions",
      "coupon_overrides_automatic_when_offering_higher_discounts");

  @Override
  public void register(Routes routes) {
    add(routes, "GET", "/v3/promotions", PromotionsApi::list);
    add(routes, "POST", "/v3/promotions", r -> Response.data(201, render(r, save(r, null, r.jsonObject()))));
    add(routes, "DELETE", "/v3/promotions", r -> BulkDeletion.run(r, DELETE_BATCH, id -> remove(r, id, true)));
    add(routes, "GET", "/v3/promotions/{id}", r -> Response.data(render(r, promotion(r, "id"))));
    add(routes, "PUT", "/v3/promotions/{id}", r -> Response.data(render(r, save(r, promotion(r, "id"), r.jsonObject()))));
    add(routes, "DELETE", "/v3/promotions/{id}", r -> {
      remove(r, r.id("id"), false);
      return Response.noContent();
    });
  }

  /** Registers a promotions route: capped at 40 (the caller may lower it), with promotion-shaped errors. */
  static Route add(Routes routes, String method, String path, RouteHandler handler) {
    return routes.add(method, path, PromotionErrors.shaped(handler)).concurrencyCap(CONCURRENCY);
  }

  /** The promotion named by the path parameter, or 404. */
  static ObjectNode promotion(Request request, String param) {
    return request.table(PROMOTIONS).require(request.id(param), "Promotion");
  }

  private static Response list(Request request) {
    Filter filter = Filter.of(request).eq("id", "id").eqIgnoreCase("name", "name").like("query", "name")
        .eqIgnoreCase("currency_code", "currency_code").eqIgnoreCase("redemption_type", "redemption_type")
        .eqIgnoreCase("status", "status");
    if (request.has("channels")) {
      Set<Long> wanted = new HashSet<>(request.longs("channels"));
      filter.and(p -> {
        for (JsonNode channel : p.path("channels")) {
          if (wanted.contains(channel.path("id").asLong())) {
            return true;
          }
        }
        return false;
      });
    }
    if (request.query("code") != null) {
      Set<Long> owners = new HashSet<>();
      request.table(CouponCodesApi.CODES).where("code", request.query("code"))
          .forEach(c -> owners.add(c.get("promotion_id").asLong()));
      filter.and(p -> owners.contains(p.get("id").asLong()));
    }
    String sort = request.query("sort") == null ? "id" : request.query("sort");
    if (!SORTS.contains(sort)) {
      throw ApiException.unprocessable("sort", "sort must be one of " + SORTS);
    }
    List<ObjectNode> found = filter.apply(request.table(PROMOTIONS).all());
    List<ObjectNode> sorted;
    if ("priority".equals(sort)) {
      // promotions are evaluated in the order they were created: that is their priority here
      sorted = new ArrayList<>(found);
      if ("desc".equalsIgnoreCase(request.query("direction"))) {
        Collections.reverse(sorted);
      }
    } else {
      sorted = Shape.sort(request, found, SORTS, "id");
    }
    return Pages.offset(request, sorted.stream().map(p -> render(request, p)).toList());
  }

  private static ObjectNode save(Request request, ObjectNode existing, ObjectNode body) {
    Table promotions = request.table(PROMOTIONS);
    ObjectNode promotion = existing == null ? promotions.blank() : existing;
    PromotionRules check = new PromotionRules(request);
    if (existing == null) {
      promotion.put("redemption_type", Check.oneOf(body, "redemption_type", Set.of("AUTOMATIC", "COUPON")));
      Check.text(body, "name", 255);
      check.rules(body.get("rules"));
      if (isCoupon(promotion)) {
        promotion.put("coupon_type", "SINGLE");
        promotion.put("coupon_overrides_other_promotions", false);
        promotion.put("coupon_overrides_automatic_when_offering_higher_discounts", false);
        Check.optionalOneOf(body, "coupon_type", Set.of("SINGLE", "BULK"));
      }
    } else {
      unchanged(body, promotion, "redemption_type");
      unchanged(body, promotion, "coupon_type");
      if (body.has("name")) {
        Check.text(body, "name", 255);
      }
      if (body.has("rules")) {
        check.rules(body.get("rules"));
      }
    }
    if (!isCoupon(promotion)) {
      for (String field : COUPON_FIELDS) {
        if (body.has(field) && !(body.get(field).isBoolean() && !body.get(field).asBoolean())) {
          throw ApiException.unprocessable(field, field + " applies to coupon promotions only");
        }
      }
    }
    checkFields(request, body, check);
    copy(body, promotion);
    if (existing == null) {
      promotion.put("id", promotions.nextId());
      if (!body.hasNonNull("start_date")) {
        promotion.put("start_date", Times.v3(request.now()));
      }
    }
    checkCombination(promotion);
    promotions.save(promotion);
    return promotion;
  }

  private static void unchanged(ObjectNode body, ObjectNode promotion, String field) {
    if (body.hasNonNull(field) && !body.get(field).asText().equals(promotion.path(field).asText())) {
      throw ApiException.unprocessable(field, field + " cannot be changed (it is " + promotion.path(field).asText() + ")");
    }
  }

  private static void checkFields(Request request, ObjectNode body, PromotionRules check) {
    Check.optionalText(body, "display_name", 255);
    Check.optionalOneOf(body, "status", Set.of("ENABLED", "DISABLED"));
    if (body.hasNonNull("channels")) {
      JsonNode channels = body.get("channels");
      if (!channels.isArray()) {
        throw ApiException.unprocessable("channels", "channels must be a list of {id}");
      }
      for (JsonNode channel : channels) {
        ChannelsApi.requireExists(request, Check.id(Check.object(channel, "channels"), "id"), "channels");
      }
    }
    if (body.hasNonNull("customer")) {
      check.customer(body.get("customer"));
    }
    if (body.hasNonNull("notifications")) {
      PromotionRules.notifications(body.get("notifications"));
    }
    if (body.hasNonNull("shipping_address")) {
      PromotionRules.shippingAddress(body.get("shipping_address"));
    }
    if (body.hasNonNull("schedule")) {
      PromotionRules.schedule(body.get("schedule"));
    }
    if (body.hasNonNull("max_uses") && (!body.get("max_uses").isIntegralNumber() || body.get("max_uses").asLong() < 0)) {
      throw ApiException.unprocessable("max_uses", "max_uses must be a whole number, 0 or more");
    }
    String currency = body.hasNonNull("currency_code") ? body.get("currency_code").asText() : null;
    if (currency != null && !"*".equals(currency) && !currency.matches("[A-Za-z]{3}")) {
      throw ApiException.unprocessable("currency_code", "currency_code is a 3-letter ISO-4217 code or *");
    }
    for (String flag : List.of("stop", "can_be_used_with_other_promotions", "coupon_overrides_other_promotions",
        "coupon_overrides_automatic_when_offering_higher_discounts")) {
      if (body.has(flag) && !body.get(flag).isBoolean()) {
        throw ApiException.unprocessable(flag, flag + " must be true or false");
      }
    }
  }

  /** Copies what the caller may set; dates in the store's format, customer filled to its full shape. */
  private static void copy(ObjectNode body, ObjectNode promotion) {
    Json.copyFields(body, promotion, Set.of("name", "display_name", "channels", "rules", "max_uses", "status", "stop",
        "can_be_used_with_other_promotions", "notifications", "shipping_address", "schedule",
        "coupon_overrides_other_promotions", "coupon_overrides_automatic_when_offering_higher_discounts"));
    if (body.hasNonNull("coupon_type")) {
      promotion.put("coupon_type", body.get("coupon_type").asText());
    }
    if (body.hasNonNull("currency_code")) {
      String currency = body.get("currency_code").asText();
      promotion.put("currency_code", "*".equals(currency) ? currency : currency.toUpperCase(Locale.ROOT));
    }
    if (body.hasNonNull("customer")) {
      ObjectNode customer = Json.template("promotion").get("customer").deepCopy();
      Json.merge(customer, body.get("customer"));
      promotion.set("customer", customer);
    }
    for (String field : List.of("start_date", "end_date")) {
      if (body.has(field)) {
        promotion.put(field, body.get(field).isNull() ? null : date(body, field));
      }
    }
  }

  private static String date(ObjectNode body, String field) {
    try {
      return Times.v3(OffsetDateTime.parse(body.get(field).asText()).toInstant());
    } catch (DateTimeParseException e) {
      throw ApiException.unprocessable(field, field + " must be an ISO-8601 date-time, e.g. 2026-05-01T00:00:00+00:00");
    }
  }

  private static void checkCombination(ObjectNode promotion) {
    String end = promotion.hasNonNull("end_date") ? promotion.get("end_date").asText() : null;
    if (end != null && OffsetDateTime.parse(end).isBefore(OffsetDateTime.parse(promotion.get("start_date").asText()))) {
      throw ApiException.unprocessable("end_date", "end_date is before start_date");
    }
    boolean combinable = promotion.path("can_be_used_with_other_promotions").asBoolean(true);
    for (String field : List.of("coupon_overrides_other_promotions", "coupon_overrides_automatic_when_offering_higher_discounts")) {
      if (combinable && promotion.path(field).asBoolean(false)) {
        throw ApiException.unprocessable(field, field + " needs can_be_used_with_other_promotions to be false");
      }
    }
  }

  static boolean isCoupon(ObjectNode promotion) {
    return "COUPON".equals(promotion.path("redemption_type").asText());
  }

  /** Deletes a promotion; one that still has coupon codes is refused, a missing one only when {@code missingIsError}. */
  private static void remove(Request request, long id, boolean missingIsError) {
    Table promotions = request.table(PROMOTIONS);
    if (!promotions.contains(id)) {
      if (missingIsError) {
        throw ApiException.unprocessable("id", "Promotion " + id + " does not exist");
      }
      return;
    }
    if (!request.table(CouponCodesApi.CODES).where("promotion_id", id).isEmpty()) {
      throw ApiException.unprocessable("code", "Promotion " + id + " still has coupon codes; delete them first");
    }
    promotions.delete(id);
  }

  /** The promotion as the API shows it: nulls left out; coupon promotions show their (first) code. */
  static ObjectNode render(Request request, ObjectNode promotion) {
    ObjectNode out = Json.object();
    promotion.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull()) {
        out.set(f.getKey(), f.getValue());
      }
    });
    if (isCoupon(promotion)) {
      List<ObjectNode> codes = request.table(CouponCodesApi.CODES).where("promotion_id", promotion.get("id").asLong());
      if (!codes.isEmpty()) {
        out.set("codes", CouponCodesApi.render(codes.get(0)));
      }
      out.putObject("multiple_codes").put("has_multiple_codes", codes.size() > 1);
    }
    return out;
  }
}
