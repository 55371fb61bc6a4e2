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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Customers v3: created and updated 10 at a time (413 above), e-mail unique without regard to
 * case (422), addresses and attribute values may come nested, store credit and form fields live
 * on the customer, and {@code include=} adds addresses, attributes, form fields and store credit.
 * At most 3 of these requests run at once per store.
 */
public final class CustomersApi implements ApiArea {
  public static final TableSpec CUSTOMERS = TableSpec.of("customers", "customer", "email", "customer_group_id")
      .ignoringCase("email");
  public static final int BATCH_LIMIT = 10;
  static final int CONCURRENCY = 3;
  private static final int NESTED_LIMIT = 10;
  private static final Set<String> FIELDS = Set.of("email", "first_name", "last_name", "company", "phone", "notes",
      "tax_exempt_category", "customer_group_id", "registration_ip_address", "accepts_product_review_abandoned_cart_emails",
      "origin_channel_id", "channel_ids", "store_credit_amounts", "form_fields");
  private static final Set<String> SORTS = Set.of("date_created", "last_name", "date_modified");

  private final CustomerAddressesApi addresses;
  private final CustomerAttributesApi attributes;

  public CustomersApi(CustomerAddressesApi addresses, CustomerAttributesApi attributes) {
    this.addresses = addresses;
    this.attributes = attributes;
  }

  @Override
  public void register(Routes routes) {
    routes.get("/v3/customers", this::list).concurrencyCap(CONCURRENCY);
    routes.post("/v3/customers", r -> save(r, true)).concurrencyCap(CONCURRENCY);
    routes.put("/v3/customers", r -> save(r, false)).concurrencyCap(CONCURRENCY);
    routes.delete("/v3/customers", this::delete).concurrencyCap(CONCURRENCY);
  }

  private Response list(Request request) {
    Filter filter = Filter.of(request).in("id:in", "id").inIgnoreCase("email:in", "email").in("company:in", "company")
        .in("customer_group_id:in", "customer_group_id").in("phone:in", "phone")
        .in("registration_ip_address:in", "registration_ip_address")
        .dateRange("date_created").dateRange("date_modified");
    if (request.has("name:in") || request.has("name:like")) {
      List<String> names = request.list("name:in").stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
      List<String> likes = request.list("name:like").stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
      filter.and(c -> {
        String full = (c.path("first_name").asText() + " " + c.path("last_name").asText()).toLowerCase(Locale.ROOT);
        return (names.isEmpty() || names.contains(full)) && (likes.isEmpty() || likes.stream().anyMatch(full::contains));
      });
    }
    Table customers = request.table(CUSTOMERS);
    List<ObjectNode> found = filter.apply(request.has("email:in")
        ? byEmails(customers, request.list("email:in")) : customers.all());
    String sort = request.query("sort");
    if (sort != null) {
      String[] parts = sort.split(":");
      if (!SORTS.contains(parts[0])) {
        throw ApiException.unprocessable("sort", "sort must be one of date_created, last_name, date_modified with :asc or :desc");
      }
      java.util.Comparator<ObjectNode> order = java.util.Comparator.comparing(c -> c.path(parts[0]).asText());
      found = found.stream().sorted(parts.length > 1 && "desc".equals(parts[1]) ? order.reversed() : order).toList();
    }
    List<String> include = request.list("include");
    List<ObjectNode> rendered = found.stream().map(c -> render(request, c, include)).toList();
    return Pages.cursorOrOffset(request, rendered, "id", true);
  }

  private static List<ObjectNode> byEmails(Table customers, List<String> emails) {
    List<Long> ids = List.copyOf(customers.idsWhereAny("email", emails));
    return ids.stream().map(id -> customers.require(id, "Customer")).toList();
  }

  private Response save(Request request, boolean create) {
    ArrayNode items = Check.batch(request.json(), BATCH_LIMIT);
    ArrayNode saved = Check.eachItem(items, item -> create ? create(request, item) : update(request, item));
    List<String> include = create ? List.of("addresses", "attributes", "storecredit", "formfields") : request.list("include");
    ArrayNode out = Json.array();
    saved.forEach(c -> out.add(render(request, (ObjectNode) c, include)));
    return Response.data(out);
  }

  private ObjectNode create(Request request, ObjectNode item) {
    Table customers = request.table(CUSTOMERS);
    ObjectNode customer = customers.blank();
    customer.put("id", customers.nextId());
    Check.text(item, "email", 250);
    Check.text(item, "first_name", 100);
    Check.text(item, "last_name", 100);
    apply(request, customer, item);
    String now = Times.v3(request.now());
    customer.put("date_created", now);
    customer.put("date_modified", now);
    if (!item.has("origin_channel_id")) {
      customer.put("origin_channel_id", 1);
    }
    customers.save(customer);
    long id = customer.get("id").asLong();
    nested(item, "addresses", id).forEach(address -> addresses.create(request, address));
    nested(item, "attributes", id).forEach(value -> attributes.upsertValue(request, value));
    return customer;
  }

  /** Up to 10 nested records of a new customer, each given the customer's id. */
  private static List<ObjectNode> nested(ObjectNode item, String field, long customerId) {
    JsonNode given = item.get(field);
    if (given == null || given.isNull()) {
      return List.of();
    }
    if (!given.isArray() || given.size() > NESTED_LIMIT) {
      throw ApiException.unprocessable(field, "At most " + NESTED_LIMIT + " " + field + " per customer, as an array");
    }
    List<ObjectNode> out = new java.util.ArrayList<>();
    for (JsonNode element : given) {
      ObjectNode withOwner = Check.object(element, field).deepCopy();
      withOwner.put("customer_id", customerId);
      out.add(withOwner);
    }
    return out;
  }

  private ObjectNode update(Request request, ObjectNode item) {
    Table customers = request.table(CUSTOMERS);
    ObjectNode customer = customers.require(Check.id(item, "id"), "Customer");
    if (item.has("email")) {
      Check.text(item, "email", 250);
    }
    apply(request, customer, item);
    customer.put("date_modified", Times.v3(request.now()));
    customers.save(customer);
    return customer;
  }

  private static void apply(Request request, ObjectNode customer, ObjectNode item) {
    long id = customer.get("id").asLong();
    if (item.has("email")) {
      String email = item.get("email").asText().trim();
      if (email.length() < 3 || !email.contains("@")) {
        throw ApiException.unprocessable("email", "'" + email + "' is not a valid e-mail address");
      }
      for (ObjectNode other : request.table(CUSTOMERS).where("email", email)) {
        if (other.get("id").asLong() != id) {
          throw ApiException.unprocessable("email", "The e-mail address " + email + " is already in use by customer "
              + other.get("id").asLong());
        }
      }
    }
    long group = item.path("customer_group_id").asLong(0);
    if (group != 0 && !request.table(CustomerGroupsApi.GROUPS).contains(group)) {
      throw ApiException.unprocessable("customer_group_id", "Customer group " + group + " does not exist");
    }
    if (item.has("channel_ids")) {
      for (JsonNode channel : item.get("channel_ids")) {
        ChannelsApi.requireExists(request, channel.asLong(), "channel_ids");
      }
    }
    Json.copyFields(item, customer, FIELDS);
    JsonNode authentication = item.get("authentication");
    if (authentication != null && authentication.has("force_password_reset")) {
      customer.putObject("authentication").put("force_password_reset", authentication.get("force_password_reset").asBoolean());
    }
  }

  private Response delete(Request request) {
    if (!request.has("id:in")) {
      throw ApiException.unprocessable("id:in", "Deleting customers needs the id:in filter");
    }
    Table customers = request.table(CUSTOMERS);
    for (Long id : request.longs("id:in")) {
      if (customers.delete(id)) {
        addresses.deleteAllOf(request, id);
        attributes.deleteValuesOf(request, id);
        MetafieldsApi.deleteAllOf(request, "customer", id);
      }
    }
    return Response.noContent();
  }

  /** The customer with counts, and the sub-resources named in {@code include}. */
  ObjectNode render(Request request, ObjectNode customer, List<String> include) {
    long id = customer.get("id").asLong();
    JsonNode credit = customer.remove("store_credit_amounts");
    JsonNode formFields = customer.remove("form_fields");
    List<ObjectNode> ownAddresses = addresses.of(request, id);
    List<ObjectNode> values = attributes.valuesOf(request, id);
    customer.put("address_count", ownAddresses.size());
    customer.put("attribute_count", values.size());
    if (include.contains("addresses")) {
      ArrayNode list = customer.putArray("addresses");
      ownAddresses.forEach(list::add);
    }
    if (include.contains("attributes")) {
      ArrayNode list = customer.putArray("attributes");
      values.forEach(list::add);
    }
    if (include.contains("storecredit")) {
      customer.set("store_credit_amounts", credit == null ? Json.array() : credit);
    }
    if (include.contains("formfields")) {
      ArrayNode list = customer.putArray("form_fields");
      if (formFields != null) {
        formFields.forEach(f -> list.add(((ObjectNode) f.deepCopy()).put("customer_id", id)));
      }
    }
    return customer;
  }
}
