package dev.stagingpro.core.migrate.entity;

import java.util.Optional;

/**
 * What became of one record a write call was given: its store id when saved, the store's message
 * when not. A record saved with a failed part (HTTP 207) has both.
 */
public record WriteOutcome(String key, Optional<Long> storeId, Optional<String> error) {
  public static WriteOutcome saved(String key, long storeId) {
    return new WriteOutcome(key, Optional.of(storeId), Optional.empty());
  }

  public static WriteOutcome failed(String key, String message) {
    return new WriteOutcome(key, Optional.empty(), Optional.of(message));
  }

  public static WriteOutcome partly(String key, long storeId, String message) {
    return new WriteOutcome(key, Optional.of(storeId), Optional.of(message));
  }

  public boolean ok() {
    return error.isEmpty();
  }

  /** The same outcome with a further problem (a part that failed after the record saved). */
  public WriteOutcome alsoFailed(String message) {
    return new WriteOutcome(key, storeId, Optional.of(error.map(e -> e + "; " + message).orElse(message)));
  }
}
