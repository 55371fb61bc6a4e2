package dev.stagingpro.core.deploy;

import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.StoreNotes;
import dev.stagingpro.core.manifest.EnvironmentSpec;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.StoreEndpoints;

/**
 * One environment's store, connected for the length of an operation: its connector, its notes
 * (history) and how to reach it. Closing stops an embedded sandbox the environment started.
 */
final class StoreSession implements AutoCloseable {
  private final EnvironmentSpec environment;
  private final StoreEndpoints.OpenEndpoint endpoint;
  private final StoreConnector store;

  private StoreSession(EnvironmentSpec environment, StoreEndpoints.OpenEndpoint endpoint, StoreConnector store) {
    this.environment = environment;
    this.endpoint = endpoint;
    this.store = store;
  }

  /** Connects (the start-up check included); the token is registered with {@code masker}. */
  static StoreSession open(Workspace workspace, EnvironmentSpec environment, DeployTools tools, SecretMasker masker) {
    StoreEndpoints.OpenEndpoint endpoint = new StoreEndpoints(workspace).open(environment);
    try {
      masker.register(endpoint.endpoint().token());
      return new StoreSession(environment, endpoint, endpoint.connect(tools.connectorOptions(workspace)));
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  EnvironmentSpec environment() {
    return environment;
  }

  String name() {
    return environment.name();
  }

  StoreConnector store() {
    return store;
  }

  StoreEndpoint endpoint() {
    return endpoint.endpoint();
  }

  StoreNotes notes() {
    return MetafieldStoreNotes.onStore(store.metafields());
  }

  DeploymentHistory history() {
    return new DeploymentHistory(notes());
  }

  @Override
  public void close() {
    try {
      store.close();
    } finally {
      endpoint.close();
    }
  }
}
