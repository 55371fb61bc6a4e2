package dev.stagingpro.core.store;

/** What a metafield hangs on. {@link #STORE} metafields have no resource id. */
public enum MetafieldOwner {
  STORE("/store"),
  CHANNEL("/channels"),
  PRODUCT("/catalog/products"),
  VARIANT("/catalog/variants"),
  CATEGORY("/catalog/categories"),
  BRAND("/catalog/brands"),
  CUSTOMER("/customers");

  private final String collection;

  MetafieldOwner(String collection) {
    this.collection = collection;
  }

  /** The v3 collection whose {@code /metafields} holds the batch endpoint. */
  public String collection() {
    return collection;
  }

  public boolean hasResourceId() {
    return this != STORE;
  }
}
