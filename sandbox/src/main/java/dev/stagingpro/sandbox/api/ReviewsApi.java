package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Product reviews: title and date_reviewed are required on create; status is approved, disapproved
 * or pending (new reviews are pending unless told otherwise); rating 0-5; email valid or empty.
 */
public final class ReviewsApi extends ProductChild {
  private static final Set<String> STATUSES = Set.of("approved", "disapproved", "pending");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public ReviewsApi() {
    super(Catalog.REVIEWS, "reviews", "review_id", "Review");
  }

  @Override
  protected void fill(Request request, ObjectNode product, ObjectNode record, ObjectNode body, boolean create) {
    if (create || body.has("title")) {
      Check.text(body, "title", 255);
    }
    Check.optionalText(body, "text", 65_535);
    Check.optionalText(body, "name", 255);
    Check.optionalOneOf(body, "status", STATUSES);
    rating(body);
    email(body);
    if (create || body.has("date_reviewed")) {
      record.put("date_reviewed", dateReviewed(body));
    }
    copy(body, record, "title", "text", "status", "rating", "email", "name");
    String now = Times.v3(request.now());
    if (create) {
      record.put("date_created", now);
    }
    record.put("date_modified", now);
  }

  @Override
  protected ObjectNode render(Request request, ObjectNode product, ObjectNode record) {
    record.remove("product_id");
    return record;
  }

  private static void rating(ObjectNode body) {
    JsonNode rating = body.get("rating");
    if (rating != null && !rating.isNull() && (!rating.isIntegralNumber() || rating.asInt() < 0 || rating.asInt() > 5)) {
      throw ApiException.unprocessable("rating", "rating must be one of 0, 1, 2, 3, 4, 5");
    }
  }

  private static void email(ObjectNode body) {
    JsonNode email = body.get("email");
    if (email != null && !email.isNull() && !email.asText().isEmpty() && !EMAIL.matcher(email.asText()).matches()) {
      throw ApiException.unprocessable("email", "email must be a valid email address or empty");
    }
  }

  /** The review date in the API's own format, so a read-back compares equal to what was sent. */
  private static String dateReviewed(ObjectNode body) {
    String text = Check.text(body, "date_reviewed", 64);
    try {
      return Times.v3(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      throw ApiException.unprocessable("date_reviewed", "date_reviewed must be an ISO 8601 date-time, e.g. 2024-05-01T10:00:00+00:00");
    }
  }
}
