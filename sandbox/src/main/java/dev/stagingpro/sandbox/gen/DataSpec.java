package dev.stagingpro.sandbox.gen;

/**
 * What {@link DataGenerator} creates: products with variants (an option "Size"), images and
 * custom fields, brands, a category tree three levels deep with {@code categoriesPerLevel}
 * children per node, customers with one address each, and customer groups. The same spec (seed
 * included) always gives the same store.
 */
public record DataSpec(
    long seed,
    int products,
    int variantsPerProduct,
    int imagesPerProduct,
    int customFieldsPerProduct,
    int brands,
    int categoriesPerLevel,
    int customers,
    int customerGroups) {
  public DataSpec {
    if (products < 0 || variantsPerProduct < 0 || variantsPerProduct > 8 || imagesPerProduct < 0
        || customFieldsPerProduct < 0 || brands < 0 || categoriesPerLevel < 0 || customers < 0 || customerGroups < 0) {
      throw new IllegalArgumentException("Counts must be >= 0 and at most 8 variants per product");
    }
  }

  /** {@code products} products with 3 variants, 2 images and 2 custom fields each, and proportionate other data. */
  public static DataSpec of(long seed, int products) {
    return new DataSpec(seed, products, 3, 2, 2, Math.max(1, Math.min(200, products / 20)), 3,
        Math.max(1, products / 2), 3);
  }

  public DataSpec customers(int count) {
    return new DataSpec(seed, products, variantsPerProduct, imagesPerProduct, customFieldsPerProduct, brands,
        categoriesPerLevel, count, customerGroups);
  }
}
