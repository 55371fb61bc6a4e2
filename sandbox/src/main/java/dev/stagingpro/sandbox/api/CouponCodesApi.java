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
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Coupon codes of coupon promotions: a code is unique in the store without regard to case (409),
 * at most 50 letters, digits, spaces, underscores and hyphens. Codes are listed with cursors (10
 * requests at once), deleted 250 at a time, and generated in batches of up to 250 for BULK
 * promotions only (405 otherwise).
 */
public final class CouponCodesApi implements ApiArea {
  public static final TableSpec CODES =
      TableSpec.of("coupon_codes", "coupon_code", "promotion_id", "code").ignoringCase("code");
  static final int DELETE_BATCH = 250;
  static final int GENERATE_BATCH = 250;
  private static final int LIST_CONCURRENCY = 10;
  private static final Pattern CODE = Pattern.compile("[a-zA-Z0-9_ -]{1,50}");
  private static final Pattern AFFIX = Pattern.compile("[A-Z0-9_-]{0,20}");
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String CODES_PATH = "/v3/promotions/{promotion_id}/codes";
  private final Random random = new SecureRandom();

  @Override
  public void register(Routes routes) {
    PromotionsApi.add(routes, "GET", CODES_PATH, CouponCodesApi::list).concurrencyCap(LIST_CONCURRENCY);
    PromotionsApi.add(routes, "POST", CODES_PATH, r -> Response.data(201, render(create(r, coupon(r), r.jsonObject()))));
    PromotionsApi.add(routes, "DELETE", CODES_PATH, r -> {
      long promotionId = coupon(r).get("id").asLong();
      return BulkDeletion.run(r, DELETE_BATCH, id -> {
        if (!r.table(CODES).find(id).filter(c -> c.get("promotion_id").asLong() == promotionId).isPresent()) {
          throw ApiException.unprocessable("id", "Coupon code " + id + " is not a code of promotion " + promotionId);
        }
        r.table(CODES).delete(id);
      });
    });
    PromotionsApi.add(routes, "DELETE", CODES_PATH + "/{code_id}", r -> {
      long promotionId = PromotionsApi.promotion(r, "promotion_id").get("id").asLong();
      r.table(CODES).find(r.id("code_id")).filter(c -> c.get("promotion_id").asLong() == promotionId)
          .ifPresent(c -> r.table(CODES).delete(c.get("id").asLong()));
      return Response.noContent();
    });
    PromotionsApi.add(routes, "POST", "/v3/promotions/{promotion_id}/codegen", this::generate)
        .concurrencyCap(LIST_CONCURRENCY);
    PromotionsApi.add(routes, "GET", "/v3/promotions/codes", r -> Pages.cursorOrOffset(r, byCode(r), "id", true,
        CouponCodesApi::render));
    PromotionsApi.add(routes, "DELETE", "/v3/promotions/codes", r -> {
      byCode(r).forEach(c -> r.table(CODES).delete(c.get("id").asLong()));
      return Response.noContent();
    });
  }

  /** The code as the API shows it (without the promotion it belongs to). */
  static ObjectNode render(ObjectNode code) {
    ObjectNode out = code.deepCopy();
    out.remove("promotion_id");
    return out;
  }

  /** The path's promotion, which must be a coupon promotion. */
  private static ObjectNode coupon(Request request) {
    ObjectNode promotion = PromotionsApi.promotion(request, "promotion_id");
    if (!PromotionsApi.isCoupon(promotion)) {
      throw ApiException.unprocessable("promotion_id", "Promotion " + promotion.get("id").asLong()
          + " is applied automatically and has no coupon codes");
    }
    return promotion;
  }

  private static Response list(Request request) {
    long promotionId = PromotionsApi.promotion(request, "promotion_id").get("id").asLong();
    List<ObjectNode> codes = Filter.of(request).eqIgnoreCase("code", "code")
        .apply(request.table(CODES).where("promotion_id", promotionId));
    return Pages.cursorOrOffset(request, codes, "id", true, CouponCodesApi::render);
  }

  private static List<ObjectNode> byCode(Request request) {
    String code = request.query("code");
    if (code == null || code.isBlank()) {
      throw ApiException.unprocessable("code", "The code parameter is required");
    }
    return request.table(CODES).where("code", code);
  }

  private static ObjectNode create(Request request, ObjectNode promotion, ObjectNode body) {
    String code = Check.text(body, "code", 50);
    if (!CODE.matcher(code).matches()) {
      throw ApiException.unprocessable("code", "A code has only letters, digits, spaces, underscores and hyphens");
    }
    long maxUses = count(body, "max_uses", 0);
    long perCustomer = count(body, "max_uses_per_customer", 0);
    return save(request, promotion.get("id").asLong(), code, maxUses, perCustomer);
  }

  private static ObjectNode save(Request request, long promotionId, String code, long maxUses, long perCustomer) {
    Table codes = request.table(CODES);
    codes.first("code", code).ifPresent(other -> {
      throw ApiException.conflict("The coupon code '" + code + "' already exists", "code",
          "Coupon codes are unique in the store (promotion " + other.get("promotion_id").asLong() + ")");
    });
    ObjectNode record = codes.blank();
    record.put("id", codes.nextId());
    record.put("code", code);
    record.put("max_uses", maxUses);
    record.put("max_uses_per_customer", perCustomer);
    record.put("created", Times.v3(request.now()));
    record.put("promotion_id", promotionId);
    codes.save(record);
    return record;
  }

  private static long count(ObjectNode body, String field, long fallback) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 100_000) {
      throw ApiException.unprocessable(field, field + " must be a whole number from 0 to 100000");
    }
    return value.asLong();
  }

  private Response generate(Request request) {
    ObjectNode promotion = PromotionsApi.promotion(request, "promotion_id");
    if (!PromotionsApi.isCoupon(promotion) || !"BULK".equals(promotion.path("coupon_type").asText())) {
      throw new ApiException(405, "Bulk code generation is only supported for promotions with redemption_type"
          + " COUPON and coupon_type BULK", null);
    }
    ObjectNode body = request.jsonObject();
    long batchSize = count(body, "batch_size", 0);
    if (batchSize < 1 || batchSize > GENERATE_BATCH) {
      throw ApiException.unprocessable("batch_size", "batch_size must be from 1 to " + GENERATE_BATCH);
    }
    long length = count(body, "code_length", 16);
    if (length < 6 || length > 16) {
      throw ApiException.unprocessable("code_length", "code_length must be from 6 to 16");
    }
    String prefix = affix(body, "prefix");
    String suffix = affix(body, "suffix");
    String delimiter = body.path("delimiter").asText("");
    if (!delimiter.isEmpty() && !delimiter.equals("_") && !delimiter.equals("-")) {
      throw ApiException.unprocessable("delimiter", "delimiter is _ or -");
    }
    String alphabet = ALPHABET;
    for (JsonNode excluded : body.path("exclude_characters")) {
      alphabet = alphabet.replace(excluded.asText(), "");
    }
    if (alphabet.length() < 2) {
      throw ApiException.unprocessable("exclude_characters", "Too few characters are left to generate codes");
    }
    String head = prefix.isEmpty() ? "" : prefix + delimiter;
    String tail = suffix.isEmpty() ? "" : delimiter + suffix;
    long maxUses = count(body, "max_uses", 1);
    long perCustomer = count(body, "max_uses_per_customer", 1);
    ArrayNode generated = Json.array();
    Table codes = request.table(CODES);
    while (generated.size() < batchSize) {
      String code = head + randomText(alphabet, (int) length) + tail;
      if (codes.first("code", code).isEmpty()) {
        save(request, promotion.get("id").asLong(), code, maxUses, perCustomer);
        generated.addObject().put("code", code);
      }
    }
    ObjectNode data = Json.object();
    data.put("created", Times.v3(request.now()));
    data.put("max_uses", maxUses);
    data.put("max_uses_per_customer", perCustomer);
    data.put("batch_size", batchSize);
    data.set("codes", generated);
    return Response.data(201, data);
  }

  private static String affix(ObjectNode body, String field) {
    String value = body.path(field).asText("");
    if (!AFFIX.matcher(value).matches()) {
      throw ApiException.unprocessable(field, field + " has at most 20 capital letters, digits, _ and -");
    }
    return value;
  }

  private String randomText(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
