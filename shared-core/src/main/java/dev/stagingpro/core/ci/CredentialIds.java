package dev.stagingpro.core.ci;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which CI credential (by id) holds each environment's store API token ({@code store}) and B2B
 * Edition login ({@code b2b}): {@code credentials: [staging: 'bc-staging-token']}.
 */
public record CredentialIds(Map<String, String> store, Map<String, String> b2b) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final CredentialIds NONE = new CredentialIds(Map.of(), Map.of());

  public CredentialIds {
    // Sorted, so log lines and errors come in the same order on every run.
    store = java.util.Collections.unmodifiableMap(new TreeMap<>(store));
    b2b = java.util.Collections.unmodifiableMap(new TreeMap<>(b2b));
  }

  public boolean isEmpty() {
    return store.isEmpty() && b2b.isEmpty();
  }
}
