package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.Channel;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Customer;
import dev.stagingpro.core.store.model.CustomerAddress;
import dev.stagingpro.core.store.model.Metafield;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductReview;
import dev.stagingpro.core.store.model.TreeCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * The natural keys that identify a record within its store, used to find a create that may have
 * reached the store and to tie returned records to drafts. Null when a record has no key.
 */
final class NaturalKeys {
  private NaturalKeys() {}

  /** SKU, or the (also unique) name for products without one. */
  static String product(Product p) {
    if (p.sku() != null && !p.sku().isEmpty()) {
      return "sku:" + p.sku();
    }
    return p.name() == null ? null : "name:" + p.name();
  }

  /** E-mail addresses are compared without case. */
  static String customer(Customer c) {
    return c.email() == null ? null : c.email().toLowerCase(Locale.ROOT);
  }

  /** Tree + parent + name: a category under another parent is a different category. */
  static String category(TreeCategory c) {
    if (c.name() == null) {
      return null;
    }
    if (c.parentId() != null && c.parentId() != 0) {
      return "parent:" + c.parentId() + "/" + c.name();
    }
    return "tree:" + c.treeId() + "/" + c.name();
  }

  /** An address is its customer plus every field that makes it the same address. */
  static String address(CustomerAddress a) {
    return a.customerId() + "|" + String.join("|", java.util.Arrays.asList(a.firstName(), a.lastName(), a.company(), a.phone(),
        a.addressType(), a.address1(), a.address2(), a.city(), a.countryCode(), a.stateOrProvince(), a.postalCode())
        .stream().map(v -> Objects.toString(v, "")).toList());
  }

  static String channel(Channel c) {
    return c.name() + "|" + c.platform() + "|" + c.type();
  }

  static String metafield(Metafield m) {
    return Objects.toString(m.resourceId(), "store") + "|" + m.namespace() + "|" + m.key();
  }

  static String image(ProductImage i) {
    return Objects.requireNonNullElse(i.sortOrder(), 0) + "|" + Boolean.TRUE.equals(i.isThumbnail()) + "|" + Objects.toString(i.description(), "");
  }

  static String customField(CustomField f) {
    return f.name() + "=" + f.value();
  }

  /** Reviews have no unique field; the same title by the same reviewer is taken as the same review. */
  static String review(ProductReview r) {
    return r.title() + "|" + Objects.toString(r.email(), "");
  }

  static String bulkPricingRule(BulkPricingRule r) {
    return r.quantityMin() + ".." + r.quantityMax();
  }

  static String id(Integer id) {
    return id == null ? null : String.valueOf(id);
  }
}
