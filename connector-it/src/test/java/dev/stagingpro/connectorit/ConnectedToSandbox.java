package dev.stagingpro.connectorit;

import dev.stagingpro.connectorit.support.SandboxConnection;
import dev.stagingpro.core.store.StoreConnector;
import org.junit.jupiter.api.AfterEach;

/** A fresh sandbox store and a connector to it per test; afterwards every request is checked against the specs. */
abstract class ConnectedToSandbox {
  protected final SandboxConnection sandbox = new SandboxConnection();
  protected final StoreConnector connector = sandbox.connect();

  @AfterEach
  void closeAndCheckTheRequests() {
    connector.close();
    sandbox.close();
    sandbox.assertRequestsFollowTheSpecs();
  }
}
