package dev.stagingpro.core.report;

import java.util.Objects;

/**
 * One record the run could not write. {@code naturalKey} is what the caller identifies the record
 * by (SKU, category path, page URL); {@code message} is the store's own error message.
 */
public record RecordFailure(String entity, String naturalKey, String message) {
  public RecordFailure {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(naturalKey, "naturalKey");
    Objects.requireNonNull(message, "message");
  }
}
