package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.migrate.ComparisonRules;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.ProductParts;
import dev.stagingpro.core.store.StoreApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a product's options (or modifiers) match the source: matched by display name, values by
 * label, so existing ids survive; new ones are created, changed ones updated in place, and the
 * ones the source lacks deleted. Works on the portable form, so options and modifiers share it.
 *
 * @param part {@code options} or {@code modifiers} (the portable field and the ids' part)
 */
record ChoiceSync<T>(ProductParts<T> parts, Class<T> type, String part) {
  private static final RecordComparer STRICT = new RecordComparer(ComparisonRules.STRICT);

  static ChoiceSync<dev.stagingpro.core.store.model.ProductOption> options(dev.stagingpro.core.store.Products products) {
    return new ChoiceSync<>(products.options(), dev.stagingpro.core.store.model.ProductOption.class, "options");
  }

  static ChoiceSync<dev.stagingpro.core.store.model.ProductModifier> modifiers(dev.stagingpro.core.store.Products products) {
    return new ChoiceSync<>(products.modifiers(), dev.stagingpro.core.store.model.ProductModifier.class, "modifiers");
  }

  /** Brings {@code current} (the destination as stored, with ids) to {@code desired}; returns problems. */
  List<String> sync(int productId, JsonNode desired, StoredRecord current) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> currentByName = new HashMap<>();
    current.record().fields().path(part).forEach(c -> currentByName.put(lower(c.path("display_name").asText()), c));
    for (JsonNode wanted : desired) {
      String name = wanted.path("display_name").asText();
      JsonNode existing = currentByName.remove(lower(name));
      try {
        if (existing == null) {
          parts.create(productId, Portable.typed(draft(wanted, current, name), type));
        } else if (!STRICT.diff(existing, wanted).isEmpty()) {
          String storedName = existing.path("display_name").asText();
          parts.update(productId, current.partId(part, storedName), Portable.typed(draft(wanted, current, storedName), type));
        }
      } catch (StoreApiException e) {
        problems.add(part + " '" + name + "': " + e.status() + " " + e.storeMessage());
      }
    }
    for (JsonNode unwanted : currentByName.values()) {
      String name = unwanted.path("display_name").asText();
      try {
        parts.delete(productId, current.partId(part, name));
      } catch (StoreApiException e) {
        problems.add(part + " '" + name + "' (delete): " + e.status() + " " + e.storeMessage());
      }
    }
    return problems;
  }

  /** The wanted option with the ids of the values the destination already has (same label). */
  private ObjectNode draft(JsonNode wanted, StoredRecord current, String storedName) {
    ObjectNode draft = ((ObjectNode) wanted).deepCopy();
    ArrayNode values = draft.withArrayProperty("option_values");
    for (JsonNode value : values) {
      Integer id = current.partId(valuePart(), storedName + "/" + value.path("label").asText());
      if (id != null) {
        ((ObjectNode) value).put("id", id);
      }
    }
    return draft;
  }

  private String valuePart() {
    return part.equals("options") ? "option_values" : "modifier_values";
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
