package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Turns a customer into a deterministic fake for non-production destinations: the same source
 * customer (by e-mail) always becomes the same fake one, so re-runs update instead of duplicating.
 * Names come from short lists, e-mails live under the reserved {@value #DOMAIN} domain (RFC 2606,
 * never deliverable), addresses and phones are scrubbed, and store credit is dropped.
 */
public final class CustomerAnonymiser {
  public static final String DOMAIN = "anonymised.invalid";

  private static final List<String> FIRST_NAMES = List.of("Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Morgan", "Taylor", "Jamie", "Casey", "Riley", "Quinn");
  private static final List<String> LAST_NAMES = List.of("Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Martin", "Clark", "Lewis", "Walker", "Young", "King");

  private CustomerAnonymiser() {}

  /** The fake e-mail for a source e-mail: also the customer's natural key on the destination. */
  public static String fakeEmail(String sourceEmail) {
    return "customer-" + hash(sourceEmail).substring(0, 12) + "@" + DOMAIN;
  }

  public static PortableRecord anonymise(PortableRecord customer) {
    String seed = hash(customer.key());
    ObjectNode fields = customer.fields().deepCopy();
    String email = fakeEmail(customer.key());
    fields.put("email", email);
    fields.put("first_name", pick(FIRST_NAMES, seed, 0));
    fields.put("last_name", pick(LAST_NAMES, seed, 8));
    scrub(fields, "phone", "");
    scrub(fields, "company", "");
    scrub(fields, "notes", "");
    fields.remove("store_credit_amounts");
    fields.putArray("store_credit_amounts");
    for (JsonNode address : fields.path("addresses")) {
      if (address instanceof ObjectNode a) {
        a.put("first_name", fields.get("first_name").asText());
        a.put("last_name", fields.get("last_name").asText());
        scrub(a, "address1", "1 Example Street");
        scrub(a, "address2", "");
        scrub(a, "phone", "");
        scrub(a, "company", "");
        scrub(a, "postal_code", "00000");
      }
    }
    return new PortableRecord(customer.entity(), email, fields, customer.storeId());
  }

  private static void scrub(ObjectNode node, String field, String replacement) {
    if (node.has(field)) {
      node.put(field, replacement);
    }
  }

  private static String pick(List<String> names, String seed, int offset) {
    int index = Integer.parseInt(seed.substring(offset, offset + 4), 16) % names.size();
    return names.get(index);
  }

  private static String hash(String email) {
    return Fingerprints.sha256(email.trim().toLowerCase(Locale.ROOT));
  }
}
