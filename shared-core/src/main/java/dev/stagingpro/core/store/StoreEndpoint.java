package dev.stagingpro.core.store;

import dev.stagingpro.core.secret.Secret;

/**
 * How to reach one store: API base URL (without {@code /stores/...}), store hash and token, and
 * the environment name to use in messages (never the token).
 */
public record StoreEndpoint(String environment, String apiUrl, String storeHash, Secret token) {
  /** e.g. {@code https://api.bigcommerce.com/stores/abc123/v3}. */
  public String v3BaseUrl() {
    return trimSlash(apiUrl) + "/stores/" + storeHash + "/v3";
  }

  public String v2BaseUrl() {
    return trimSlash(apiUrl) + "/stores/" + storeHash + "/v2";
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
