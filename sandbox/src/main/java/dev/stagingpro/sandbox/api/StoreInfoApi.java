package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.http.Request;
import dev.stagingpro.sandbox.http.Response;
import dev.stagingpro.sandbox.http.Routes;
import dev.stagingpro.sandbox.state.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Set;

/** {@code GET /v2/store} (store profile, time zone, storefront features) and {@code GET /v2/time}. */
public final class StoreInfoApi implements ApiArea {
  /** Settings kept for the sandbox's own use and not copied into the profile as they are. */
  private static final Set<String> DERIVED = Set.of("timezone", "multi_storefront_enabled", "storefront_limit");

  @Override
  public void register(Routes routes) {
    routes.get("/v2/store", StoreInfoApi::store);
    routes.get("/v2/time", StoreInfoApi::time);
  }

  private static Response time(Request request) {
    ObjectNode body = Json.object();
    body.put("time", request.now().getEpochSecond());
    return Response.ok(body);
  }

  private static Response store(Request request) {
    return Response.ok(profile(request.store(), request.now()));
  }

  /** The store profile as {@code /v2/store} reports it. */
  public static ObjectNode profile(SandboxStore store, Instant now) {
    ObjectNode settings = store.settings();
    ObjectNode body = Json.template("store");
    String hash = store.hash();
    String domain = "store-" + hash + ".mybigcommerce.com";
    body.put("id", hash);
    body.put("account_uuid", java.util.UUID.nameUUIDFromBytes(hash.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    body.put("name", store.name());
    body.put("domain", domain);
    body.put("secure_url", "https://" + domain);
    body.put("control_panel_base_url", "https://" + domain);
    body.put("country_code", "US");
    body.put("store_id", Math.abs((long) hash.hashCode()) % 1_000_000_000L + 1);
    body.put("default_channel_id", 1);
    body.put("default_site_id", ChannelsApi.DEFAULT_SITE_ID);
    body.set("timezone", timezone(ZoneId.of(settings.get("timezone").asText()), now, body.get("timezone")));
    ObjectNode features = (ObjectNode) body.get("features");
    features.put("multi_storefront_enabled", settings.get("multi_storefront_enabled").asBoolean());
    ObjectNode limits = features.putObject("storefront_limits");
    int limit = settings.get("storefront_limit").asInt();
    limits.put("active", limit);
    limits.put("total_including_inactive", limit);
    settings.fields().forEachRemaining(f -> {
      if (!DERIVED.contains(f.getKey())) {
        body.set(f.getKey(), f.getValue());
      }
    });
    return body;
  }

  /**
   * BigCommerce's time-zone block: {@code raw_offset} is the standard offset, {@code dst_offset}
   * the offset while daylight saving is on, {@code dst_correction} whether it is on now.
   */
  static ObjectNode timezone(ZoneId zone, Instant now, com.fasterxml.jackson.databind.JsonNode template) {
    ZoneRules rules = zone.getRules();
    ZoneOffset standard = rules.getStandardOffset(now);
    boolean inDst = rules.isDaylightSavings(now);
    ZoneOffset daylight = inDst ? rules.getOffset(now) : nextDaylightOffset(rules, now, standard);
    ObjectNode out = Json.object();
    out.put("name", zone.getId());
    out.put("raw_offset", standard.getTotalSeconds());
    out.put("dst_offset", daylight.getTotalSeconds());
    out.put("dst_correction", inDst);
    out.set("date_format", template.get("date_format").deepCopy());
    return out;
  }

  private static ZoneOffset nextDaylightOffset(ZoneRules rules, Instant now, ZoneOffset standard) {
    ZoneOffsetTransition next = rules.nextTransition(now);
    if (next != null && rules.isDaylightSavings(next.getInstant())) {
      return next.getOffsetAfter();
    }
    return standard;
  }
}
