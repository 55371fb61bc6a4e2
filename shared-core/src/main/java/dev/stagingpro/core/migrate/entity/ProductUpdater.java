package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.FieldChange;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.Products;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.model.BulkPricingRule;
import dev.stagingpro.core.store.model.CustomField;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductImage;
import dev.stagingpro.core.store.model.ProductVariant;
import dev.stagingpro.core.store.model.ProductVideo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Updates products in place by SKU: only the parts that differ are written. The product's own
 * fields go in batches of 10, changed variants in batches of 50 (by id, so variant ids survive);
 * new variants, options, modifiers, images, videos, custom fields and bulk pricing rules through
 * their own endpoints; metafields in batches across products (extra ones on the destination stay). Images the source lacks are removed only when pruning was asked for.
 */
final class ProductUpdater {
  private final StoreSide store;
  private final Options options;
  private final RecordComparer comparer;
  private final Products products;
  private final ComparisonRules rules;

  ProductUpdater(StoreSide store, Options options, ComparisonRules rules) {
    this.store = store;
    this.options = options;
    this.rules = rules;
    this.comparer = new RecordComparer(rules);
    this.products = store.connector().products();
  }

  List<WriteOutcome> update(List<EntityAdapter.Update> updates) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List<Product> base = new ArrayList<>();
    List<String> baseKeys = new ArrayList<>();
    List<ProductVariant> variants = new ArrayList<>();
    List<String> variantOwners = new ArrayList<>();
    for (EntityAdapter.Update update : updates) {
      String key = update.source().key();
      List<String> mine = problems.computeIfAbsent(key, k -> new ArrayList<>());
      Set<String> parts = changedParts(update);
      try {
        if (parts.stream().anyMatch(p -> !ProductDrafts.PARTS.contains(p))) {
          base.add(ProductDrafts.forUpdate(update.source(), update.destination(), store, options));
          baseKeys.add(key);
        }
        mine.addAll(updateParts(update, parts, variants, variantOwners));
      } catch (ProductDrafts.Unresolved e) {
        mine.add(e.getMessage());
      }
    }
    ProductMetafields.write(store, metafieldTargets(updates), comparer)
        .forEach((sku, mine) -> problems.computeIfAbsent(sku, k -> new ArrayList<>()).addAll(mine));
    Map<String, WriteOutcome> outcomes = new HashMap<>();
    Batches.outcomes(baseKeys, products.update(base), Product::id).forEach(o -> outcomes.put(o.key(), o));
    List<WriteOutcome> variantOutcomes = Batches.outcomes(variantOwners, products.updateVariants(variants), ProductVariant::id);
    variantOutcomes.stream().filter(o -> o.error().isPresent())
        .forEach(o -> problems.get(o.key()).add("variant: " + o.error().get()));
    List<WriteOutcome> result = new ArrayList<>();
    for (EntityAdapter.Update update : updates) {
      String key = update.source().key();
      WriteOutcome outcome = outcomes.getOrDefault(key, WriteOutcome.saved(key, update.destination().id()));
      List<String> mine = problems.get(key);
      result.add(mine.isEmpty() ? outcome : outcome.alsoFailed(String.join("; ", mine)));
    }
    return result;
  }

  private List<ProductMetafields.Target> metafieldTargets(List<EntityAdapter.Update> updates) {
    List<ProductMetafields.Target> targets = new ArrayList<>();
    for (EntityAdapter.Update update : updates) {
      JsonNode wanted = update.source().fields().path(ProductMetafields.PART);
      if (!wanted.isEmpty()) {
        targets.add(new ProductMetafields.Target(update.source().key(), update.destination().id(), wanted, update.destination()));
      }
    }
    return targets;
  }

  /** The top-level fields whose values differ ({@code variants}, {@code price}, ...). */
  private Set<String> changedParts(EntityAdapter.Update update) {
    Set<String> parts = new LinkedHashSet<>();
    for (FieldChange change : comparer.diff(update.destination().record().fields(), update.source().fields())) {
      String path = change.path();
      int end = path.length();
      for (char stop : new char[] {'.', '['}) {
        int at = path.indexOf(stop);
        if (at >= 0) {
          end = Math.min(end, at);
        }
      }
      parts.add(path.substring(0, end));
    }
    return parts;
  }

  private List<String> updateParts(EntityAdapter.Update update, Set<String> parts, List<ProductVariant> variantBatch,
      List<String> variantOwners) {
    ObjectNode source = update.source().fields();
    StoredRecord current = update.destination();
    int productId = current.id();
    List<String> problems = new ArrayList<>();
    boolean variantsCreated = false;
    if (parts.contains("variants")) {
      variantsCreated = updateVariants(source, current, productId, variantBatch, variantOwners, problems);
    }
    if (parts.contains("options") || (variantsCreated && source.has("options"))) {
      StoredRecord options = variantsCreated ? refetchOptions(productId, current) : current;
      problems.addAll(ChoiceSync.options(products).sync(productId, source.path("options"), options));
    }
    if (parts.contains("modifiers")) {
      problems.addAll(ChoiceSync.modifiers(products).sync(productId, source.path("modifiers"), current));
    }
    if (parts.contains("images")) {
      problems.addAll(new KeyedParts<>(products.images(), ProductImage.class, "images", n -> n.path("image_url").asText(),
          n -> Portable.without(n, "image_url")).sync(productId, source.path("images"), current,
          !rules.additiveArrays().contains("images"), comparer));
    }
    if (parts.contains("videos")) {
      problems.addAll(new KeyedParts<>(products.videos(), ProductVideo.class, "videos", n -> n.path("video_id").asText(),
          n -> n).sync(productId, source.path("videos"), current, true, comparer));
    }
    if (parts.contains("custom_fields")) {
      problems.addAll(new KeyedParts<>(products.customFields(), CustomField.class, "custom_fields", ProductForm::customFieldKey,
          n -> n).sync(productId, source.path("custom_fields"), current, true, comparer));
    }
    if (parts.contains("bulk_pricing_rules")) {
      problems.addAll(replaceBulkPricing(productId, source.path("bulk_pricing_rules"), current));
    }
    return problems;
  }

  /** Changed variants join the batch; new ones are created, ones the source lacks deleted. */
  private boolean updateVariants(ObjectNode source, StoredRecord current, int productId, List<ProductVariant> batch,
      List<String> owners, List<String> problems) {
    Map<String, JsonNode> existing = new LinkedHashMap<>();
    current.record().fields().path("variants").forEach(v -> existing.put(v.path("sku").asText(), v));
    boolean created = false;
    for (JsonNode wanted : source.path("variants")) {
      String sku = wanted.path("sku").asText();
      JsonNode have = existing.remove(sku);
      ObjectNode draft = ((ObjectNode) wanted).deepCopy();
      if (!options.copyStock()) {
        draft.remove("inventory_level");
      }
      try {
        if (have == null) {
          products.variants().create(productId, Portable.typed(draft, ProductVariant.class));
          created = true;
        } else if (!comparer.diff(have, wanted).isEmpty()) {
          draft.remove("option_values");
          draft.put("id", current.partId("variants", sku));
          draft.put("product_id", productId);
          batch.add(Portable.typed(draft, ProductVariant.class));
          owners.add(current.key());
        }
      } catch (StoreApiException e) {
        problems.add("variant '" + sku + "': " + e.status() + " " + e.storeMessage());
      }
    }
    for (String sku : existing.keySet()) {
      try {
        products.variants().delete(productId, current.partId("variants", sku));
      } catch (StoreApiException e) {
        problems.add("variant '" + sku + "' (delete): " + e.status() + " " + e.storeMessage());
      }
    }
    return created;
  }

  /** New variants may have made options: read them again before adjusting them. */
  private StoredRecord refetchOptions(int productId, StoredRecord current) {
    Product options = Product.builder().id(productId).sku(current.key()).options(products.options().list(productId)).build();
    return ProductForm.of(options, store);
  }

  /** Rules may not overlap, so the old ones go before the new ones come. */
  private List<String> replaceBulkPricing(int productId, JsonNode wanted, StoredRecord current) {
    List<String> problems = new ArrayList<>();
    try {
      for (JsonNode rule : current.record().fields().path("bulk_pricing_rules")) {
        Integer id = current.partId("bulk_pricing_rules", ProductForm.rangeKey(rule));
        if (id != null) {
          products.bulkPricingRules().delete(productId, id);
        }
      }
      for (JsonNode rule : wanted) {
        products.bulkPricingRules().create(productId, Portable.typed(rule, BulkPricingRule.class));
      }
    } catch (StoreApiException e) {
      problems.add("bulk pricing rules: " + e.status() + " " + e.storeMessage());
    }
    return problems;
  }
}
