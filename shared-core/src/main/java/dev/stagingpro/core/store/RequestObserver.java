package dev.stagingpro.core.store;

import java.util.List;
import java.util.Map;

/**
 * Sees every request a connector puts on the wire, exactly as sent (tests check them against the
 * official API specs). The token header arrives masked.
 */
@FunctionalInterface
public interface RequestObserver {
  RequestObserver NONE = request -> {};

  void sent(SentRequest request);

  /** One request: method, full URL, headers (token masked) and body bytes (empty when none). */
  record SentRequest(String method, String url, Map<String, List<String>> headers, byte[] body) {}
}
