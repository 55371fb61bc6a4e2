package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.http.Request;

/**
 * SKUs are unique across all products and variants of a store (without regard to case). A
 * product and its own base variant share one SKU.
 */
final class Skus {
  private Skus() {}

  /** For a product's SKU: no other product, and no variant except its own base variant. */
  static void requireFreeForProduct(Request request, String sku, long productId, long baseVariantId) {
    if (sku == null || sku.isEmpty()) {
      return;
    }
    for (ObjectNode product : request.table(Catalog.PRODUCTS).where("sku", sku)) {
      if (product.get("id").asLong() != productId) {
        throw conflict(sku);
      }
    }
    for (ObjectNode variant : request.table(Catalog.VARIANTS).where("sku", sku)) {
      if (variant.get("id").asLong() != baseVariantId) {
        throw conflict(sku);
      }
    }
  }

  /** For a variant's SKU ({@code variantId} 0 when new): no other variant, no product unless it is that product's base. */
  static void requireFreeForVariant(Request request, String sku, long variantId) {
    for (ObjectNode variant : request.table(Catalog.VARIANTS).where("sku", sku)) {
      if (variant.get("id").asLong() != variantId) {
        throw conflict(sku);
      }
    }
    for (ObjectNode product : request.table(Catalog.PRODUCTS).where("sku", sku)) {
      if (variantId == 0 || product.path("base_variant_id").asLong() != variantId) {
        throw conflict(sku);
      }
    }
  }

  private static ApiException conflict(String sku) {
    return ApiException.conflict("The SKU '" + sku + "' is already in use", "sku", "SKUs must be unique in the store");
  }
}
