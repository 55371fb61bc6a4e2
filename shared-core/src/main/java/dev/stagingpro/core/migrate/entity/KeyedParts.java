package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.migrate.RecordComparer;
import dev.stagingpro.core.store.ProductParts;
import dev.stagingpro.core.store.StoreApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Makes one kind of a product's parts (images, videos, custom fields) match the source by a key
 * (source URL, video id, name and value): missing ones are created, differing ones updated in
 * place, and — unless the kind is additive — extra ones deleted.
 *
 * @param part the portable field and the ids' part, e.g. {@code images}
 * @param forUpdate what of a wanted part an update sends (e.g. an image without its URL, which
 *     would make the store fetch it again)
 */
record KeyedParts<T>(ProductParts<T> parts, Class<T> type, String part, Function<JsonNode, String> key,
    UnaryOperator<ObjectNode> forUpdate) {

  List<String> sync(int productId, JsonNode desired, StoredRecord current, boolean deleteExtra, RecordComparer comparer) {
    Map<String, JsonNode> existing = new LinkedHashMap<>();
    current.record().fields().path(part).forEach(node -> existing.put(key.apply(node), node));
    List<String> problems = new ArrayList<>();
    for (JsonNode wanted : desired) {
      String k = key.apply(wanted);
      JsonNode have = existing.remove(k);
      Integer id = current.partId(part, k);
      try {
        if (have == null) {
          parts.create(productId, Portable.typed(wanted, type));
        } else if (!comparer.diff(have, wanted).isEmpty() && id != null) {
          parts.update(productId, id, Portable.typed(forUpdate.apply(((ObjectNode) wanted).deepCopy()), type));
        }
      } catch (StoreApiException e) {
        problems.add(part + " '" + k + "': " + e.status() + " " + e.storeMessage());
      }
    }
    if (deleteExtra) {
      for (String k : existing.keySet()) {
        Integer id = current.partId(part, k);
        try {
          if (id != null) {
            parts.delete(productId, id);
          }
        } catch (StoreApiException e) {
          problems.add(part + " '" + k + "' (delete): " + e.status() + " " + e.storeMessage());
        }
      }
    }
    return problems;
  }
}
