package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.migrate.PortableRecord;

/**
 * A record as found on a store: its portable form (what plans compare and the journal keeps) and
 * the store ids of its parts that writes need ({@code {"variants": {"SKU-1": 12}, ...}}), which
 * the portable form leaves out.
 */
public record StoredRecord(PortableRecord record, ObjectNode ids) {
  public String key() {
    return record.key();
  }

  public int id() {
    return record.storeId().orElseThrow(() -> new IllegalStateException(record.key() + " has no store id")).intValue();
  }

  /** The id of a part (e.g. {@code partId("variants", "SKU-1")}), or null. */
  public Integer partId(String part, String key) {
    var node = ids.path(part).get(key);
    return node == null ? null : node.asInt();
  }
}
