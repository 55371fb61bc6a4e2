package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.state.TableSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a promotion's rules, customer eligibility, notifications, address and schedule the way
 * the store does: one action per rule, discounts and money as decimal strings, item matchers
 * nested at most three levels, and every referenced brand, category, product, variant, customer
 * group and shipping zone existing in this store (ids are per store, so a copied promotion whose
 * references were not remapped is refused here). Each problem is a 422 naming the field's path.
 */
final class PromotionRules {
  private static final Pattern MONEY = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern TIME = Pattern.compile("([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]");
  private static final Set<String> ACTIONS = Set.of("cart_value", "cart_items", "gift_item", "fixed_price_set", "shipping");
  private static final Set<String> STRATEGIES = Set.of("LEAST_EXPENSIVE", "LEAST_EXPENSIVE_ONLY", "MOST_EXPENSIVE",
      "MOST_EXPENSIVE_ONLY");
  private static final Set<String> NOTIFICATION_TYPES = Set.of("UPSELL", "ELIGIBLE", "APPLIED");
  private static final Set<String> LOCATIONS = Set.of("HOME_PAGE", "PRODUCT_PAGE", "CART_PAGE", "CHECKOUT_PAGE");
  private static final Set<String> WEEK_DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");
  private static final int MATCHER_DEPTH = 3;
  /** Item matchers that list ids, and the table those ids live in. */
  private static final Map<String, TableSpec> ID_MATCHERS = Map.of(
      "brands", BrandsApi.BRANDS,
      "categories", CategoryTreesApi.CATEGORIES,
      "products", Catalog.PRODUCTS,
      "variants", Catalog.VARIANTS);

  private final Request request;

  PromotionRules(Request request) {
    this.request = request;
  }

  void rules(JsonNode rules) {
    if (rules == null || !rules.isArray() || rules.isEmpty()) {
      throw ApiException.unprocessable("rules", "rules must be a non-empty array");
    }
    for (int i = 0; i < rules.size(); i++) {
      String where = "rules." + i;
      ObjectNode rule = Check.object(rules.get(i), where);
      action(rule.get("action"), where + ".action");
      booleanOrAbsent(rule, "apply_once", where);
      booleanOrAbsent(rule, "stop", where);
      if (rule.hasNonNull("condition")) {
        condition(rule.get("condition"), where + ".condition");
      }
    }
  }

  private void action(JsonNode node, String where) {
    ObjectNode action = Check.object(node, where);
    if (action.size() != 1 || !ACTIONS.contains(action.fieldNames().next())) {
      throw ApiException.unprocessable(where, "An action has exactly one of " + ACTIONS);
    }
    String kind = action.fieldNames().next();
    ObjectNode body = Check.object(action.get(kind), where + "." + kind);
    String at = where + "." + kind;
    switch (kind) {
      case "cart_value" -> discount(body.get("discount"), at + ".discount");
      case "cart_items" -> {
        discount(body.get("discount"), at + ".discount");
        itemsAndStrategy(body, at);
      }
      case "gift_item" -> {
        positive(body, "quantity", at);
        if (!body.hasNonNull("product_id") && !body.hasNonNull("variant_id")) {
          throw ApiException.unprocessable(at, "A gift item names a product_id or a variant_id");
        }
        exists(body, "product_id", Catalog.PRODUCTS, at);
        exists(body, "variant_id", Catalog.VARIANTS, at);
      }
      case "fixed_price_set" -> {
        positive(body, "quantity", at);
        money(body.get("fixed_price"), at + ".fixed_price");
        itemsAndStrategy(body, at);
      }
      default -> zones(body.get("zone_ids"), at + ".zone_ids");
    }
  }

  private void itemsAndStrategy(ObjectNode body, String at) {
    if (body.hasNonNull("items")) {
      items(body.get("items"), at + ".items", 1);
    }
    if (body.hasNonNull("strategy") && !STRATEGIES.contains(body.get("strategy").asText())) {
      throw ApiException.unprocessable(at + ".strategy", "strategy must be one of " + STRATEGIES);
    }
  }

  private static void discount(JsonNode node, String where) {
    ObjectNode discount = Check.object(node, where);
    if (discount.size() != 1 || !(discount.has("fixed_amount") || discount.has("percentage_amount"))) {
      throw ApiException.unprocessable(where, "A discount has either fixed_amount or percentage_amount");
    }
    if (discount.has("fixed_amount")) {
      money(discount.get("fixed_amount"), where + ".fixed_amount");
    } else {
      money(discount.get("percentage_amount"), where + ".percentage_amount");
      if (Double.parseDouble(discount.get("percentage_amount").asText()) > 100) {
        throw ApiException.unprocessable(where + ".percentage_amount", "A percentage discount is at most 100");
      }
    }
  }

  private static void money(JsonNode node, String where) {
    if (node == null || !node.isTextual() || !MONEY.matcher(node.asText()).matches()) {
      throw ApiException.unprocessable(where, where + " must be a decimal amount as a string, e.g. \"10.00\"");
    }
  }

  private void zones(JsonNode node, String where) {
    if (node != null && node.isTextual() && "*".equals(node.asText())) {
      return;
    }
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw ApiException.unprocessable(where, "zone_ids is \"*\" or a non-empty list of shipping zone ids");
    }
    for (JsonNode id : node) {
      if (!id.canConvertToLong() || !request.table(ShippingZonesApi.ZONES).contains(id.asLong())) {
        throw ApiException.unprocessable(where, "Shipping zone " + id.asText() + " does not exist");
      }
    }
  }

  private void condition(JsonNode node, String where) {
    ObjectNode condition = Check.object(node, where);
    if (condition.has("and")) {
      JsonNode all = condition.get("and");
      if (!all.isArray() || all.isEmpty()) {
        throw ApiException.unprocessable(where + ".and", "and is a non-empty list of cart conditions");
      }
      for (int i = 0; i < all.size(); i++) {
        cart(Check.object(all.get(i), where + ".and." + i), where + ".and." + i);
      }
    } else {
      cart(condition, where);
    }
  }

  private void cart(ObjectNode condition, String where) {
    ObjectNode cart = Check.object(condition.get("cart"), where + ".cart");
    String at = where + ".cart";
    if (cart.hasNonNull("minimum_spend")) {
      money(cart.get("minimum_spend"), at + ".minimum_spend");
    }
    if (cart.hasNonNull("minimum_quantity")) {
      positive(cart, "minimum_quantity", at);
    }
    if (cart.hasNonNull("items")) {
      items(cart.get("items"), at + ".items", 1);
      if (!cart.hasNonNull("minimum_quantity") && !cart.hasNonNull("minimum_spend")) {
        throw ApiException.unprocessable(at, "A condition on items needs minimum_quantity or minimum_spend");
      }
    }
  }

  private void items(JsonNode node, String where, int depth) {
    ObjectNode matcher = Check.object(node, where);
    if (matcher.size() != 1) {
      throw ApiException.unprocessable(where, "An item matcher has exactly one key");
    }
    String kind = matcher.fieldNames().next();
    JsonNode value = matcher.get(kind);
    String at = where + "." + kind;
    if (ID_MATCHERS.containsKey(kind)) {
      ids(value, at, ID_MATCHERS.get(kind));
    } else if (Set.of("and", "or", "not").contains(kind)) {
      if (depth >= MATCHER_DEPTH) {
        throw ApiException.unprocessable(at, "Item matchers nest at most " + MATCHER_DEPTH + " levels");
      }
      if ("not".equals(kind)) {
        items(value, at, depth + 1);
      } else if (!value.isArray() || value.isEmpty()) {
        throw ApiException.unprocessable(at, kind + " is a non-empty list of item matchers");
      } else {
        for (int i = 0; i < value.size(); i++) {
          items(value.get(i), at + "." + i, depth + 1);
        }
      }
    } else if ("product_option".equals(kind) || "product_custom_field".equals(kind)) {
      ObjectNode match = Check.object(value, at);
      Check.text(match, "name", 255);
      if (!match.path("values").isArray() || match.get("values").isEmpty()) {
        throw ApiException.unprocessable(at + ".values", "values is a non-empty list of strings");
      }
    } else {
      throw ApiException.unprocessable(where, "Unknown item matcher '" + kind + "'");
    }
  }

  private void ids(JsonNode value, String where, TableSpec table) {
    if (!value.isArray() || value.isEmpty()) {
      throw ApiException.unprocessable(where, where + " is a non-empty list of ids");
    }
    for (JsonNode id : value) {
      if (!id.canConvertToLong() || !id.isIntegralNumber() || !request.table(table).contains(id.asLong())) {
        throw ApiException.unprocessable(where, "No " + table.template().replace('_', ' ') + " with id " + id.asText());
      }
    }
  }

  private void exists(ObjectNode body, String field, TableSpec table, String where) {
    if (body.hasNonNull(field) && !request.table(table).contains(Check.id(body, field))) {
      throw ApiException.unprocessable(where + "." + field, "No " + table.template() + " with id " + body.get(field).asText());
    }
  }

  /** Eligibility: groups to include or to exclude (not both); group 0 is guests and ungrouped customers. */
  void customer(JsonNode node) {
    ObjectNode customer = Check.object(node, "customer");
    List<String> lists = List.of("group_ids", "excluded_group_ids");
    for (String field : lists) {
      JsonNode ids = customer.get(field);
      if (ids == null || ids.isNull()) {
        continue;
      }
      if (!ids.isArray()) {
        throw ApiException.unprocessable("customer." + field, field + " must be a list of customer group ids");
      }
      for (JsonNode id : ids) {
        if (!id.isIntegralNumber() || (id.asLong() != 0 && !request.table(CustomerGroupsApi.GROUPS).contains(id.asLong()))) {
          throw ApiException.unprocessable("customer." + field, "Customer group " + id.asText() + " does not exist");
        }
      }
    }
    if (!customer.path("group_ids").isEmpty() && !customer.path("excluded_group_ids").isEmpty()) {
      throw ApiException.unprocessable("customer", "Give group_ids or excluded_group_ids, not both");
    }
    if (customer.hasNonNull("minimum_order_count")) {
      nonNegative(customer, "minimum_order_count", "customer");
    }
    if (customer.hasNonNull("segments")) {
      Check.object(customer.get("segments"), "customer.segments");
    }
  }

  static void notifications(JsonNode node) {
    if (!node.isArray()) {
      throw ApiException.unprocessable("notifications", "notifications must be a list");
    }
    for (int i = 0; i < node.size(); i++) {
      String where = "notifications." + i;
      ObjectNode notification = Check.object(node.get(i), where);
      Check.text(notification, "content", 65_535);
      Check.oneOf(notification, "type", NOTIFICATION_TYPES);
      JsonNode locations = notification.get("locations");
      if (locations == null || !locations.isArray()) {
        throw ApiException.unprocessable(where + ".locations", "locations must be a list of " + LOCATIONS);
      }
      for (JsonNode location : locations) {
        if (!LOCATIONS.contains(location.asText())) {
          throw ApiException.unprocessable(where + ".locations", "Unknown location '" + location.asText() + "'");
        }
      }
    }
  }

  static void shippingAddress(JsonNode node) {
    ObjectNode matcher = Check.object(node, "shipping_address");
    ObjectNode countries = matcher.has("not") ? Check.object(matcher.get("not"), "shipping_address.not") : matcher;
    JsonNode list = countries.get("countries");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw ApiException.unprocessable("shipping_address.countries", "countries is a non-empty list");
    }
    for (JsonNode country : list) {
      if (!country.path("iso2_country_code").asText().matches("[A-Z]{2}")) {
        throw ApiException.unprocessable("shipping_address.countries", "iso2_country_code must be two capital letters");
      }
    }
  }

  static void schedule(JsonNode node) {
    ObjectNode schedule = Check.object(node, "schedule");
    positive(schedule, "week_frequency", "schedule");
    JsonNode days = schedule.get("week_days");
    if (days == null || !days.isArray() || days.isEmpty()) {
      throw ApiException.unprocessable("schedule.week_days", "week_days is a non-empty list of day names");
    }
    for (JsonNode day : days) {
      if (!WEEK_DAYS.contains(day.asText())) {
        throw ApiException.unprocessable("schedule.week_days", "Unknown week day '" + day.asText() + "'");
      }
    }
    for (String field : List.of("daily_start_time", "daily_end_time")) {
      if (!TIME.matcher(schedule.path(field).asText()).matches()) {
        throw ApiException.unprocessable("schedule." + field, field + " must be HH:MM:SS");
      }
    }
  }

  private static void positive(ObjectNode body, String field, String where) {
    if (nonNegative(body, field, where) < 1) {
      throw ApiException.unprocessable(where + "." + field, field + " must be at least 1");
    }
  }

  private static long nonNegative(ObjectNode body, String field, String where) {
    JsonNode value = body.get(field);
    if (value == null || !value.isIntegralNumber() || value.asLong() < 0) {
      throw ApiException.unprocessable(where + "." + field, field + " must be a whole number, 0 or more");
    }
    return value.asLong();
  }

  private static void booleanOrAbsent(ObjectNode body, String field, String where) {
    if (body.has(field) && !body.get(field).isBoolean()) {
      throw ApiException.unprocessable(where + "." + field, field + " must be true or false");
    }
  }
}
