package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.store.ListQuery;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Brand;
import dev.stagingpro.core.store.model.CategoryTree;
import dev.stagingpro.core.store.model.CustomerGroup;
import dev.stagingpro.core.store.model.PriceList;
import dev.stagingpro.core.store.model.ShippingZone;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.TreeCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One store in a migration (source or destination): its connector, the channel whose category
 * tree the migration uses, and the maps between store ids and natural keys that references need
 * (brand id ↔ name, category id ↔ path, customer group id ↔ name, product id ↔ SKU). Small
 * entities are read once and kept; products only as an id ↔ SKU index, read when first needed.
 * Records a run creates are added, so later entities resolve references to them.
 */
public final class StoreSide {
  private final StoreConnector connector;
  private final int channelId;
  private final List<Integer> productChannels;

  private final NamedRecords<Brand> brands;

  private Optional<Integer> treeId;
  private List<TreeCategory> categories;
  private final Map<Integer, TreeCategory> categoriesById = new HashMap<>();
  private final Map<Integer, String> categoryPaths = new HashMap<>();
  private final Map<String, Integer> categoryIds = new HashMap<>();

  private final NamedRecords<CustomerGroup> groups;
  private final NamedRecords<PriceList> priceLists;
  private final NamedRecords<ShippingZone> zones;

  private ObjectNode autoOptionShape;

  private boolean productsIndexed;
  private final Map<Integer, String> productSkus = new HashMap<>();
  private final Map<String, Integer> productIds = new HashMap<>();

  public StoreSide(StoreConnector connector, int channelId) {
    this(connector, channelId, List.of(channelId));
  }

  /** @param productChannels the channels products created here are listed on */
  public StoreSide(StoreConnector connector, int channelId, List<Integer> productChannels) {
    this.connector = connector;
    this.channelId = channelId;
    this.productChannels = List.copyOf(productChannels);
    this.brands = new NamedRecords<>(() -> connector.brands().list(ListQuery.all()), Brand::id, Brand::name);
    this.groups = new NamedRecords<>(() -> connector.customerGroups().list(ListQuery.all()), CustomerGroup::id, CustomerGroup::name);
    this.priceLists = new NamedRecords<>(() -> connector.priceLists().list(ListQuery.all()), PriceList::id, PriceList::name);
    this.zones = new NamedRecords<>(() -> connector.shippingZones().list().stream(), ShippingZone::id, ShippingZone::name);
  }

  /** The store's price lists by name. */
  public NamedRecords<PriceList> priceLists() {
    return priceLists;
  }

  /** The store's shipping zones by name. */
  public NamedRecords<ShippingZone> shippingZones() {
    return zones;
  }

  public StoreConnector connector() {
    return connector;
  }

  public String environment() {
    return connector.environment();
  }

  public int channelId() {
    return channelId;
  }

  /** The channels products created here are listed on: the environment's channels, else the store's default. */
  public List<Integer> productChannels() {
    return productChannels;
  }

  // ---- brands

  /** The store's brands by name. */
  public NamedRecords<Brand> brandRecords() {
    return brands;
  }

  // ---- categories (the channel's tree)

  /** The id of the channel's category tree, if the channel has one. */
  public synchronized Optional<Integer> treeId() {
    if (treeId == null) {
      treeId = connector.categoryTrees().treeOfChannel(channelId).map(CategoryTree::id);
    }
    return treeId;
  }

  /** The tree id, or a failure naming the channel (a channel without a tree cannot hold categories). */
  public int requireTreeId() {
    return treeId().orElseThrow(() -> StagingProException.failed("Channel " + channelId + " of '" + environment()
        + "' has no category tree; create one for the channel (PUT /catalog/trees) before migrating categories"));
  }

  public synchronized List<TreeCategory> categories() {
    if (categories == null) {
      categories = new ArrayList<>();
      if (treeId().isPresent()) {
        try (Stream<TreeCategory> all = connector.categoryTrees().categories(ListQuery.where("tree_id:in", treeId().get()))) {
          categories.addAll(all.toList());
        }
      }
      indexCategories();
    }
    return List.copyOf(categories);
  }

  /** Paths are made from parent links, so a category is indexed once its parents are. */
  private void indexCategories() {
    Map<Integer, TreeCategory> byId = categoriesById;
    byId.clear();
    categories.forEach(c -> byId.put(c.categoryId(), c));
    categoryPaths.clear();
    categoryIds.clear();
    for (TreeCategory category : categories) {
      pathOf(category, byId, 0).ifPresent(path -> {
        categoryPaths.put(category.categoryId(), path);
        categoryIds.put(path, category.categoryId());
      });
    }
  }

  private Optional<String> pathOf(TreeCategory category, Map<Integer, TreeCategory> byId, int depth) {
    if (depth > 64) {
      return Optional.empty();
    }
    Integer parentId = category.parentId();
    if (parentId == null || parentId == 0) {
      return Optional.of(CategoryPaths.child(null, category.name()));
    }
    TreeCategory parent = byId.get(parentId);
    if (parent == null) {
      return Optional.empty();
    }
    return pathOf(parent, byId, depth + 1).map(p -> CategoryPaths.child(p, category.name()));
  }

  public synchronized Optional<String> categoryPath(Integer id) {
    categories();
    return Optional.ofNullable(categoryPaths.get(id));
  }

  public synchronized Optional<Integer> categoryId(String path) {
    categories();
    return Optional.ofNullable(categoryIds.get(path));
  }

  public synchronized Optional<TreeCategory> category(String path) {
    return categoryId(path).map(categoriesById::get);
  }

  /** Whether the category id belongs to the channel's tree (others are left alone). */
  public synchronized boolean inTree(Integer id) {
    categories();
    return categoryPaths.containsKey(id);
  }

  public synchronized void categorySaved(TreeCategory category) {
    categories();
    if (categoriesById.containsKey(category.categoryId())) {
      categories.removeIf(c -> c.categoryId().equals(category.categoryId()));
      categories.add(category);
      indexCategories();
      return;
    }
    // A new category sits under an indexed parent: index it alone (runs create thousands).
    categories.add(category);
    categoriesById.put(category.categoryId(), category);
    pathOf(category, categoriesById, 0).ifPresent(path -> {
      categoryPaths.put(category.categoryId(), path);
      categoryIds.put(path, category.categoryId());
    });
  }

  public synchronized void categoryDeleted(Integer id) {
    categories();
    categories.removeIf(c -> c.categoryId().equals(id));
    indexCategories();
  }

  // ---- customer groups

  /** The store's customer groups by name. */
  public NamedRecords<CustomerGroup> groupRecords() {
    return groups;
  }

  // ---- how the store sets up options it creates from a product's variants

  /** The settings of an option the store created from variant labels, once one was seen. */
  public synchronized Optional<ObjectNode> autoOptionShape() {
    return Optional.ofNullable(autoOptionShape).map(ObjectNode::deepCopy);
  }

  public synchronized void learnAutoOptionShape(ObjectNode shape) {
    autoOptionShape = shape.deepCopy();
  }

  // ---- products (id <-> SKU only)

  private void indexProducts() {
    if (!productsIndexed) {
      try (Stream<Product> all = connector.products().list(ListQuery.where("include_fields", "sku"))) {
        all.forEach(p -> {
          if (p.sku() != null && !p.sku().isEmpty()) {
            productSkus.put(p.id(), p.sku());
            productIds.put(p.sku(), p.id());
          }
        });
      }
      productsIndexed = true;
    }
  }

  public synchronized Optional<Integer> productId(String sku) {
    indexProducts();
    return Optional.ofNullable(productIds.get(sku));
  }

  public synchronized Optional<String> productSku(Integer id) {
    indexProducts();
    return Optional.ofNullable(productSkus.get(id));
  }

  /** Every product-level SKU on the store, with its id. */
  public synchronized Map<String, Integer> productIndex() {
    indexProducts();
    return Map.copyOf(productIds);
  }

  public synchronized void productSaved(String sku, Integer id) {
    indexProducts();
    productIds.put(sku, id);
    productSkus.put(id, sku);
  }

  public synchronized void productDeleted(String sku) {
    indexProducts();
    Integer id = productIds.remove(sku);
    productSkus.remove(id);
  }
}
