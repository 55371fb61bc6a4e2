package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.manifest.MigrationSpec.Options;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.PortableRecord;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.StoreApiException;
import dev.stagingpro.core.store.model.ChannelAssignment;
import dev.stagingpro.core.store.model.Product;
import dev.stagingpro.core.store.model.ProductOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates products: one request each with variants, images, videos, custom fields and bulk
 * pricing nested, then their metafields in batches and their listing on the destination's channels;
 * variants name their option values by option and label, so the store creates the
 * options too. Only what the nested create cannot carry costs more requests: modifiers, and
 * options whose settings differ from what the store gives options it creates this way (learned
 * from the first such product of the run, then predicted).
 */
final class ProductCreator {
  private static final RecordComparer STRICT = new RecordComparer(ComparisonRules.STRICT);

  private final StoreSide store;
  private final Options options;

  ProductCreator(StoreSide store, Options options) {
    this.store = store;
    this.options = options;
  }

  List<WriteOutcome> create(List<PortableRecord> records) {
    Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
    List<PortableRecord> ready = new ArrayList<>();
    List<Product> drafts = new ArrayList<>();
    for (PortableRecord record : records) {
      try {
        drafts.add(ProductDrafts.forCreate(record, store, options));
        ready.add(record);
      } catch (ProductDrafts.Unresolved e) {
        outcomes.put(record.key(), WriteOutcome.failed(record.key(), e.getMessage()));
      }
    }
    Map<Integer, Product> saved = new java.util.HashMap<>();
    List<WriteOutcome> created = Batches.outcomes(BrandAdapter.keys(ready), store.connector().products().create(drafts), p -> {
      store.productSaved(p.sku(), p.id());
      saved.put(p.id(), p);
      return p.id();
    });
    List<ProductMetafields.Target> metafields = new ArrayList<>();
    List<Integer> createdIds = new ArrayList<>();
    for (int i = 0; i < ready.size(); i++) {
      WriteOutcome outcome = created.get(i);
      if (outcome.storeId().isPresent()) {
        int id = outcome.storeId().get().intValue();
        outcome = completeParts(ready.get(i), saved.get(id), outcome);
        createdIds.add(id);
        JsonNode wanted = ready.get(i).fields().path(ProductMetafields.PART);
        if (!wanted.isEmpty()) {
          metafields.add(new ProductMetafields.Target(outcome.key(), id, wanted, null));
        }
      }
      outcomes.put(outcome.key(), outcome);
    }
    Map<String, List<String>> problems = new LinkedHashMap<>(ProductMetafields.write(store, metafields, STRICT));
    String unlisted = assignChannels(createdIds);
    if (unlisted != null) {
      createdIds.forEach(id -> problems.computeIfAbsent(store.productSku(id).orElse("#" + id), k -> new ArrayList<>()).add(unlisted));
    }
    problems.forEach((sku, mine) -> outcomes.computeIfPresent(sku, (k, o) -> o.alsoFailed(String.join("; ", mine))));
    return records.stream().map(r -> outcomes.get(r.key())).toList();
  }

  /**
   * New products are listed on the destination environment's channels (not the source's: channel
   * ids are the store's own). Returns the problem, or null.
   */
  private String assignChannels(List<Integer> productIds) {
    if (productIds.isEmpty()) {
      return null;
    }
    List<ChannelAssignment> assignments = new ArrayList<>();
    for (Integer id : productIds) {
      store.productChannels().forEach(channel -> assignments.add(new ChannelAssignment(id, channel)));
    }
    try {
      store.connector().products().assignChannels(assignments);
      return null;
    } catch (StoreApiException e) {
      return "channels " + store.productChannels() + ": " + e.status() + " " + e.storeMessage();
    }
  }

  /**
   * Modifiers, and options the nested create did not make as the source has them. What the store
   * made is predicted from how it sets up such options (learned from the first product that needed
   * it, with one read) and the ids the create answered with, so only a differing option costs a
   * request.
   */
  private WriteOutcome completeParts(PortableRecord record, Product created, WriteOutcome outcome) {
    int productId = created.id();
    List<String> problems = new ArrayList<>();
    JsonNode modifiers = record.fields().path("modifiers");
    if (!modifiers.isEmpty()) {
      problems.addAll(ChoiceSync.modifiers(store.connector().products()).sync(productId, modifiers, empty(record.key())));
    }
    JsonNode wanted = record.fields().path("options");
    if (!wanted.isEmpty()) {
      try {
        StoredRecord made = made(record, created);
        if (!STRICT.diff(made.record().fields().path("options"), wanted).isEmpty()) {
          problems.addAll(ChoiceSync.options(store.connector().products()).sync(productId, wanted, made));
        }
      } catch (StoreApiException e) {
        problems.add("options: " + e.status() + " " + e.storeMessage());
      }
    }
    return problems.isEmpty() ? outcome : outcome.alsoFailed(String.join("; ", problems));
  }

  /** The options the create made, with their ids: predicted once the store's way is known, read otherwise. */
  private StoredRecord made(PortableRecord record, Product created) {
    Optional<ObjectNode> shape = store.autoOptionShape();
    if (shape.isEmpty() || created.variants() == null) {
      List<ProductOption> current = store.connector().products().options().list(created.id());
      learn(current);
      return ProductForm.of(Product.builder().id(created.id()).sku(record.key()).options(current).build(), store);
    }
    ObjectNode fields = Portable.object();
    fields.set("options", predict(ProductDrafts.variantsInCreationOrder(record.fields()), shape.get()));
    ObjectNode ids = Portable.object();
    ObjectNode optionIds = ids.putObject("options");
    ObjectNode valueIds = ids.putObject("option_values");
    for (var variant : created.variants()) {
      for (var value : variant.optionValues() == null ? List.<dev.stagingpro.core.store.model.VariantOptionValue>of() : variant.optionValues()) {
        if (value.optionDisplayName() != null && value.optionId() != null) {
          optionIds.put(value.optionDisplayName(), value.optionId());
          valueIds.put(value.optionDisplayName() + "/" + value.label(), value.id());
        }
      }
    }
    return new StoredRecord(new PortableRecord(dev.stagingpro.core.manifest.Entity.PRODUCTS, record.key(), fields,
        Optional.of(created.id().longValue())), ids);
  }

  private static StoredRecord empty(String sku) {
    return new StoredRecord(PortableRecord.of(dev.stagingpro.core.manifest.Entity.PRODUCTS, sku, Portable.object()), Portable.object());
  }

  /**
   * The options a nested create makes: one per display name in order of first use, with the
   * store's settings for such options, values in order of first use.
   */
  static ArrayNode predict(JsonNode variants, ObjectNode shape) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (JsonNode variant : variants) {
      for (JsonNode value : variant.path("option_values")) {
        List<String> known = labels.computeIfAbsent(value.path("option_display_name").asText(), k -> new ArrayList<>());
        String label = value.path("label").asText();
        if (known.stream().noneMatch(label::equalsIgnoreCase)) {
          known.add(label);
        }
      }
    }
    List<ObjectNode> options = new ArrayList<>();
    labels.forEach((name, values) -> {
      ObjectNode option = shape.deepCopy();
      ObjectNode valueShape = (ObjectNode) option.remove("value");
      option.put("display_name", name);
      ArrayNode array = option.putArray("option_values");
      for (int i = 0; i < values.size(); i++) {
        ObjectNode value = valueShape.deepCopy();
        value.put("label", values.get(i));
        value.put("sort_order", i);
        array.add(value);
      }
      options.add(option);
    });
    options.sort(Portable.byText("display_name"));
    ArrayNode array = Portable.array();
    options.forEach(array::add);
    return array;
  }

  /** Remembers how the store sets up options it creates from variants (the first one seen). */
  private void learn(List<ProductOption> created) {
    if (store.autoOptionShape().isPresent() || created.isEmpty()) {
      return;
    }
    StoredRecord form = ProductForm.of(Product.builder().options(List.of(created.get(0))).build(), store);
    ObjectNode option = (ObjectNode) form.record().fields().path("options").get(0).deepCopy();
    option.remove("display_name");
    JsonNode firstValue = option.remove("option_values").path(0);
    ObjectNode value = firstValue.isObject() ? ((ObjectNode) firstValue).deepCopy() : Portable.object();
    value.remove(List.of("label", "sort_order"));
    option.set("value", value);
    store.learnAutoOptionShape(option);
  }
}
