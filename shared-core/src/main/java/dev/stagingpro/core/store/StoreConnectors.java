package dev.stagingpro.core.store;

import dev.stagingpro.core.store.bigcommerce.BigCommerceConnector;

/** Opens connectors. BigCommerce is the one platform so far. */
public final class StoreConnectors {
  private StoreConnectors() {}

  /**
   * Connects to a store and checks its hash and token with one call ({@code GET /v2/store}).
   *
   * @throws dev.stagingpro.core.StagingProException bad input naming the environment when the
   *     hash is unknown (404), the token is refused (401) or lacks scopes (403)
   */
  public static StoreConnector connect(StoreEndpoint endpoint, ConnectorOptions options) {
    return BigCommerceConnector.connect(endpoint, options);
  }

  public static StoreConnector connect(StoreEndpoint endpoint) {
    return connect(endpoint, ConnectorOptions.defaults());
  }
}
