package dev.stagingpro.core.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run asked of the store's API. {@code requestsByEndpoint} is keyed by method and path
 * template (e.g. {@code GET /v3/catalog/products}), never by a full URL, so no ids or query values
 * leak. {@code rateLimited} counts 429 answers; {@code retries} every repeated request, whatever
 * the cause. The connector counts them ({@code store.RequestMetrics}); its snapshot converts to this.
 */
public record RequestMetrics(Map<String, Long> requestsByEndpoint, long retries, long rateLimited, long bytesIn, long bytesOut) {
  public static final RequestMetrics NONE = new RequestMetrics(Map.of(), 0, 0, 0, 0);

  public RequestMetrics {
    requestsByEndpoint = Collections.unmodifiableMap(new TreeMap<>(requestsByEndpoint));
  }

  public long totalRequests() {
    return requestsByEndpoint.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Both sets added up, for a run that talked to more than one store. */
  public RequestMetrics plus(RequestMetrics other) {
    Map<String, Long> merged = new TreeMap<>(requestsByEndpoint);
    other.requestsByEndpoint.forEach((endpoint, n) -> merged.merge(endpoint, n, Long::sum));
    return new RequestMetrics(merged, retries + other.retries, rateLimited + other.rateLimited,
        bytesIn + other.bytesIn, bytesOut + other.bytesOut);
  }
}
