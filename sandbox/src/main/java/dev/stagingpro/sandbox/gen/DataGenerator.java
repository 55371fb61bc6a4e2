package dev.stagingpro.sandbox.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.api.Catalog;
import dev.stagingpro.sandbox.api.CategoryTreesApi;
import dev.stagingpro.sandbox.api.BrandsApi;
import dev.stagingpro.sandbox.api.CustomerAddressesApi;
import dev.stagingpro.sandbox.api.CustomerGroupsApi;
import dev.stagingpro.sandbox.api.CustomersApi;
import dev.stagingpro.sandbox.api.Slugs;
import dev.stagingpro.sandbox.api.Times;
import dev.stagingpro.sandbox.state.Json;
import dev.stagingpro.sandbox.state.Table;
import dev.stagingpro.sandbox.state.TableSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a store with deterministic sample data (see {@link DataSpec}) by writing records
 * directly, so a store of 100,000 products is ready in seconds. Names, SKUs, prices and links
 * depend only on the seed and the order of creation.
 */
public final class DataGenerator {
  private static final String[] ADJECTIVES = {"Classic", "Modern", "Rustic", "Sleek", "Vintage", "Bold", "Soft", "Bright"};
  private static final String[] NOUNS = {"Mug", "Lamp", "Chair", "Shirt", "Bag", "Clock", "Vase", "Scarf", "Desk", "Bowl"};
  private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"};
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Linus"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Torvalds"};

  private final SandboxStore store;
  private final DataSpec spec;
  private final Random random;
  private final String now;

  private DataGenerator(SandboxStore store, DataSpec spec) {
    this.store = store;
    this.spec = spec;
    this.random = new Random(spec.seed());
    this.now = Times.v3(store.clock().instant());
  }

  /** Adds the spec's data to the store as one change (persisted with a snapshot). */
  public static void generate(SandboxStore store, DataSpec spec) {
    store.write(() -> {
      new DataGenerator(store, spec).run();
      return null;
    });
    store.data().snapshot();
  }

  private void run() {
    List<Long> groups = customerGroups();
    List<Long> brands = brands();
    List<Long> leaves = categories();
    for (int i = 1; i <= spec.products(); i++) {
      product(i, brands, leaves);
    }
    for (int i = 1; i <= spec.customers(); i++) {
      customer(i, groups);
    }
  }

  private Table table(TableSpec tableSpec) {
    return store.data().table(tableSpec);
  }

  private List<Long> customerGroups() {
    Table groups = table(CustomerGroupsApi.GROUPS);
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= spec.customerGroups(); i++) {
      ObjectNode group = groups.blank();
      group.put("id", groups.nextId());
      group.put("name", "Group " + i);
      group.put("date_created", Times.v2(store.clock().instant()));
      group.put("date_modified", Times.v2(store.clock().instant()));
      groups.save(group);
      ids.add(group.get("id").asLong());
    }
    return ids;
  }

  private List<Long> brands() {
    Table brands = table(BrandsApi.BRANDS);
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= spec.brands(); i++) {
      ObjectNode brand = brands.blank();
      String name = ADJECTIVES[i % ADJECTIVES.length] + " Brand " + i;
      brand.put("id", brands.nextId());
      brand.put("name", name);
      brand.putObject("custom_url").put("url", Slugs.path(name)).put("is_customized", false);
      brands.save(brand);
      ids.add(brand.get("id").asLong());
    }
    return ids;
  }

  /** A tree of depth 3 in tree 1; returns the leaf ids. */
  private List<Long> categories() {
    List<Long> leaves = new ArrayList<>();
    List<ObjectNode> level = new ArrayList<>();
    level.add(null);
    String[] names = {"Department", "Aisle", "Shelf"};
    for (int depth = 0; depth < 3; depth++) {
      List<ObjectNode> next = new ArrayList<>();
      for (ObjectNode parent : level) {
        for (int i = 1; i <= spec.categoriesPerLevel(); i++) {
          next.add(category(parent, names[depth] + " " + i));
        }
      }
      level = next;
    }
    level.forEach(leaf -> leaves.add(leaf.get("category_id").asLong()));
    return leaves;
  }

  private ObjectNode category(ObjectNode parent, String name) {
    Table categories = table(CategoryTreesApi.CATEGORIES);
    ObjectNode category = categories.blank();
    long id = categories.nextId();
    category.put("category_id", id);
    category.put("category_uuid", UUID.nameUUIDFromBytes(("generated/" + spec.seed() + "/" + id)
        .getBytes(StandardCharsets.UTF_8)).toString());
    category.put("tree_id", 1);
    category.put("parent_id", parent == null ? 0 : parent.get("category_id").asLong());
    category.put("name", name);
    category.put("is_visible", true);
    String parentPath = parent == null ? "/" : parent.at("/url/path").asText();
    category.putObject("url").put("path", parentPath + Slugs.path(name).substring(1)).put("is_customized", false);
    categories.save(category);
    return category;
  }

  private void product(int n, List<Long> brands, List<Long> leaves) {
    Table products = table(Catalog.PRODUCTS);
    ObjectNode product = products.blank();
    long id = products.nextId();
    String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + n;
    String sku = "GEN-" + n;
    product.put("id", id);
    product.put("name", name);
    product.put("sku", sku);
    product.put("description", "<p>" + name + " from the generated catalog.</p>");
    product.put("price", (Math.round(random.nextDouble() * 50_000) + 100) / 100.0);
    product.put("weight", 1 + random.nextInt(20));
    product.put("inventory_level", random.nextInt(500));
    if (!brands.isEmpty()) {
      product.put("brand_id", brands.get(random.nextInt(brands.size())));
    }
    if (!leaves.isEmpty()) {
      product.putArray("categories").add(leaves.get(random.nextInt(leaves.size())));
    }
    product.putObject("custom_url").put("url", Slugs.path(name)).put("is_customized", false);
    product.put("date_created", now);
    product.put("date_modified", now);
    if (spec.variantsPerProduct() > 0) {
      product.putNull("base_variant_id");
      variants(product, sku);
    } else {
      product.put("base_variant_id", variant(id, sku, null));
    }
    products.save(product);
    for (int i = 1; i <= spec.imagesPerProduct(); i++) {
      Table images = table(Catalog.IMAGES);
      ObjectNode image = images.blank();
      image.put("id", images.nextId());
      image.put("product_id", id);
      image.put("image_url", "https://images.example.com/generated/" + sku.toLowerCase() + "-" + i + ".jpg");
      image.put("is_thumbnail", i == 1);
      image.put("sort_order", i - 1);
      image.put("date_modified", now);
      images.save(image);
    }
    for (int i = 1; i <= spec.customFieldsPerProduct(); i++) {
      Table fields = table(Catalog.CUSTOM_FIELDS);
      ObjectNode field = fields.blank();
      field.put("id", fields.nextId());
      field.put("product_id", id);
      field.put("name", "Attribute " + i);
      field.put("value", ADJECTIVES[random.nextInt(ADJECTIVES.length)]);
      fields.save(field);
    }
    Table assignments = table(Catalog.PRODUCT_CHANNELS);
    ObjectNode assignment = assignments.blank();
    assignment.put("id", assignments.nextId());
    assignment.put("product_id", id);
    assignment.put("channel_id", 1);
    assignments.save(assignment);
  }

  private void variants(ObjectNode product, String sku) {
    Table options = table(Catalog.OPTIONS);
    ObjectNode option = options.blank();
    long optionId = options.nextId();
    option.put("id", optionId);
    option.put("product_id", product.get("id").asLong());
    option.put("display_name", "Size");
    option.put("type", "dropdown");
    ArrayNode values = option.putArray("option_values");
    List<Long> valueIds = new ArrayList<>();
    for (int i = 0; i < spec.variantsPerProduct(); i++) {
      long valueId = options.nextId();
      valueIds.add(valueId);
      values.addObject().put("is_default", i == 0).put("label", SIZES[i]).put("sort_order", i).put("id", valueId)
          .putObject("value_data");
    }
    options.save(option);
    for (int i = 0; i < valueIds.size(); i++) {
      ArrayNode optionValues = Json.array();
      optionValues.addObject().put("id", valueIds.get(i)).put("option_id", optionId);
      variant(product.get("id").asLong(), sku + "-" + SIZES[i], optionValues);
    }
  }

  private long variant(long productId, String sku, ArrayNode optionValues) {
    Table variants = table(Catalog.VARIANTS);
    ObjectNode variant = variants.blank();
    long id = variants.nextId();
    variant.put("id", id);
    variant.put("product_id", productId);
    variant.put("sku", sku);
    variant.put("inventory_level", random.nextInt(100));
    if (optionValues != null) {
      variant.set("option_values", optionValues);
    }
    variants.save(variant);
    return id;
  }

  private void customer(int n, List<Long> groups) {
    Table customers = table(CustomersApi.CUSTOMERS);
    ObjectNode customer = customers.blank();
    long id = customers.nextId();
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    customer.put("id", id);
    customer.put("email", "customer" + n + "@example.com");
    customer.put("first_name", first);
    customer.put("last_name", last);
    customer.put("customer_group_id", groups.isEmpty() ? 0 : groups.get(random.nextInt(groups.size())));
    customer.put("origin_channel_id", 1);
    customer.put("date_created", now);
    customer.put("date_modified", now);
    customers.save(customer);
    Table addresses = table(CustomerAddressesApi.ADDRESSES);
    ObjectNode address = addresses.blank();
    address.put("id", addresses.nextId());
    address.put("customer_id", id);
    address.put("first_name", first);
    address.put("last_name", last);
    address.put("address1", (1 + random.nextInt(999)) + " Generated Street");
    address.put("city", "Springfield");
    address.put("state_or_province", "Illinois");
    address.put("postal_code", String.format("%05d", random.nextInt(100_000)));
    address.put("country_code", "US");
    address.put("country", "United States");
    addresses.save(address);
  }
}
