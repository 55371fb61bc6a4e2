package dev.stagingpro.core.store.embedded;

import dev.stagingpro.core.store.StoreEndpoint;
import java.nio.file.Path;

/**
 * Starts embedded sandbox stores for {@code sandbox:} environments. The core never depends on
 * the sandbox module (it is the independent oracle the connector is tested against); the faces
 * put an implementation on the classpath, found with {@link java.util.ServiceLoader}.
 */
public interface EmbeddedSandboxProvider {
  /**
   * Opens the sandbox store {@code name}, keeping its state under {@code stateDir} so consecutive
   * commands see the same store. The returned handle stops the server when closed.
   */
  OpenSandbox open(String environment, String name, Path stateDir);

  /** A running embedded store and how to reach it. */
  interface OpenSandbox extends AutoCloseable {
    StoreEndpoint endpoint();

    @Override
    void close();
  }
}
