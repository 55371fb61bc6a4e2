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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shipping zones (v2, bare JSON, the whole list at once): {@code name} and {@code type} required;
 * locations fit the type (zip: zip + country, country: country, state: country + state, global:
 * none) and are replaced as a whole on update, each getting a new id; a handling fee is fixed or a
 * percentage, not both; amounts come back as 4-decimal strings.
 */
public final class ShippingZonesApi implements ApiArea {
  public static final TableSpec ZONES = TableSpec.of("shipping_zones", "shipping_zone", "name");
  public static final TableSpec LOCATIONS = TableSpec.of("shipping_zone_locations", "shipping_zone_location", "zone_id");
  /** The platform's limit on zip locations. */
  public static final int MAX_ZIP_LOCATIONS = 40_000;
  private static final Set<String> TYPES = Set.of("zip", "country", "state", "global");

  @Override
  public void register(Routes routes) {
    routes.get("/v2/shipping/zones", ShippingZonesApi::list);
    routes.post("/v2/shipping/zones", r -> Response.json(201, render(r, save(r, null, r.jsonObject()))));
    routes.get("/v2/shipping/zones/{id}", r -> Response.ok(render(r, zone(r))));
    routes.put("/v2/shipping/zones/{id}", r -> Response.ok(render(r, save(r, zone(r), r.jsonObject()))));
    routes.delete("/v2/shipping/zones/{id}", r -> {
      long id = zone(r).get("id").asLong();
      r.table(ZONES).delete(id);
      replaceLocations(r, id, List.of());
      return Response.noContent();
    });
  }

  private static ObjectNode zone(Request request) {
    return request.table(ZONES).require(request.id("id"), "Shipping zone");
  }

  private static Response list(Request request) {
    ArrayNode out = Json.array();
    request.table(ZONES).all().forEach(zone -> out.add(render(request, zone)));
    return Response.ok(out);
  }

  private static ObjectNode save(Request request, ObjectNode existing, ObjectNode body) {
    Table zones = request.table(ZONES);
    ObjectNode zone = existing == null ? zones.blank() : existing;
    if (body.has("id")) {
      throw ApiException.unprocessable("id", "id is read-only");
    }
    if (existing == null || body.has("name")) {
      zone.put("name", Check.text(body, "name", 255));
    }
    if (existing == null || body.has("type")) {
      zone.put("type", Check.oneOf(body, "type", TYPES));
    }
    if (body.has("enabled")) {
      if (!body.get("enabled").isBoolean()) {
        throw ApiException.unprocessable("enabled", "enabled must be true or false");
      }
      zone.put("enabled", body.get("enabled").asBoolean());
    }
    if (body.hasNonNull("free_shipping")) {
      zone.set("free_shipping", freeShipping(zone.get("free_shipping"), Check.object(body.get("free_shipping"), "free_shipping")));
    }
    if (body.hasNonNull("handling_fees")) {
      zone.set("handling_fees", handlingFees(Check.object(body.get("handling_fees"), "handling_fees")));
    }
    if (existing == null) {
      zone.put("id", zones.nextId());
    }
    String type = zone.get("type").asText();
    long id = zone.get("id").asLong();
    if (body.has("locations") || existing == null || body.has("type")) {
      replaceLocations(request, id, locations(type, body.get("locations")));
    }
    zones.save(zone);
    return zone;
  }

  private static ObjectNode freeShipping(JsonNode current, ObjectNode given) {
    ObjectNode free = current.deepCopy();
    for (String flag : List.of("enabled", "exclude_fixed_shipping_products")) {
      if (given.has(flag)) {
        if (!given.get(flag).isBoolean()) {
          throw ApiException.unprocessable("free_shipping." + flag, flag + " must be true or false");
        }
        free.put(flag, given.get(flag).asBoolean());
      }
    }
    if (given.hasNonNull("minimum_sub_total")) {
      free.put("minimum_sub_total", amount(given.get("minimum_sub_total"), "free_shipping.minimum_sub_total"));
    }
    return free;
  }

  private static ObjectNode handlingFees(ObjectNode given) {
    boolean fixed = given.hasNonNull("fixed_surcharge");
    boolean percentage = given.hasNonNull("percentage_surcharge");
    if (fixed && percentage) {
      throw ApiException.unprocessable("handling_fees", "A handling fee is either fixed_surcharge or percentage_surcharge");
    }
    ObjectNode fees = Json.object();
    String field = percentage ? "percentage_surcharge" : "fixed_surcharge";
    fees.put(field, given.hasNonNull(field) ? amount(given.get(field), "handling_fees." + field) : "0.0000");
    JsonNode separately = given.get("display_separately");
    if (separately != null && !separately.isBoolean()) {
      throw ApiException.unprocessable("handling_fees.display_separately", "display_separately must be true or false");
    }
    fees.put("display_separately", separately != null && separately.asBoolean());
    return fees;
  }

  /** An amount sent as a number or a numeric string, kept as the store writes it ("12.5000"). */
  private static String amount(JsonNode value, String field) {
    try {
      BigDecimal number = new BigDecimal(value.asText().trim());
      if (number.signum() < 0 || !(value.isNumber() || value.isTextual())) {
        throw new NumberFormatException();
      }
      return number.setScale(4, RoundingMode.HALF_UP).toPlainString();
    } catch (NumberFormatException e) {
      throw ApiException.unprocessable(field, field + " must be an amount of 0 or more, got " + value);
    }
  }

  private static List<ObjectNode> locations(String type, JsonNode given) {
    if (given == null || given.isNull()) {
      if (!"global".equals(type)) {
        throw ApiException.unprocessable("locations", "A " + type + " zone needs locations");
      }
      return List.of();
    }
    if (!given.isArray()) {
      throw ApiException.unprocessable("locations", "locations must be an array");
    }
    if ("global".equals(type) && !given.isEmpty()) {
      throw ApiException.unprocessable("locations", "A global zone has no locations");
    }
    if ("zip".equals(type) && given.size() > MAX_ZIP_LOCATIONS) {
      throw ApiException.unprocessable("locations", "At most " + MAX_ZIP_LOCATIONS + " zip locations");
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String where = "locations." + i;
      ObjectNode location = Check.object(given.get(i), where);
      ObjectNode kept = Json.object();
      kept.put("country_iso2", code(location, "country_iso2", where, 2));
      if ("zip".equals(type)) {
        kept.put("zip", Check.text(location, "zip", 20));
      }
      if ("state".equals(type)) {
        kept.put("state_iso2", code(location, "state_iso2", where, 3));
      }
      out.add(kept);
    }
    if (out.isEmpty() && !"global".equals(type)) {
      throw ApiException.unprocessable("locations", "A " + type + " zone needs at least one location");
    }
    return out;
  }

  private static String code(ObjectNode location, String field, String where, int maxLength) {
    String value = location.hasNonNull(field) ? location.get(field).asText() : null;
    if (value == null || !value.matches("[A-Za-z0-9]{2," + maxLength + "}")) {
      throw ApiException.unprocessable(where + "." + field, field + " is required: an ISO code");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private static void replaceLocations(Request request, long zoneId, List<ObjectNode> locations) {
    Table table = request.table(LOCATIONS);
    for (ObjectNode old : table.where("zone_id", zoneId)) {
      table.delete(old.get("id").asLong());
    }
    for (ObjectNode location : locations) {
      location.put("zone_id", zoneId);
      table.insert(location);
    }
  }

  private static ObjectNode render(Request request, ObjectNode zone) {
    ObjectNode out = Json.object();
    out.put("id", zone.get("id").asLong());
    out.put("name", zone.get("name").asText());
    out.put("type", zone.get("type").asText());
    ArrayNode locations = out.putArray("locations");
    for (ObjectNode location : request.table(LOCATIONS).where("zone_id", zone.get("id").asLong())) {
      ObjectNode shown = location.deepCopy();
      shown.remove("zone_id");
      locations.add(shown);
    }
    out.set("free_shipping", zone.get("free_shipping"));
    out.set("handling_fees", zone.get("handling_fees"));
    out.put("enabled", zone.get("enabled").asBoolean());
    return out;
  }
}
