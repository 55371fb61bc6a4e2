package dev.stagingpro.sandbox.embedded;

import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.core.store.embedded.EmbeddedSandboxProvider;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts embedded sandbox stores for {@code sandbox:} environments. One server per state folder
 * runs per JVM and is shared by every open handle on it; it stops (writing its snapshot) when
 * the last handle closes. A store is found by name, so consecutive commands using the same
 * folder see the same store, hash and token.
 */
public final class SandboxProvider implements EmbeddedSandboxProvider {
  private static final Map<Path, Shared> RUNNING = new HashMap<>();

  private static final class Shared {
    final SandboxServer server;
    int handles;

    Shared(SandboxServer server) {
      this.server = server;
    }
  }

  @Override
  public OpenSandbox open(String environment, String name, Path stateDir) {
    Path dir = stateDir.toAbsolutePath().normalize();
    SandboxStore store;
    synchronized (RUNNING) {
      Shared shared = RUNNING.computeIfAbsent(dir,
          d -> new Shared(SandboxServer.start(SandboxOptions.defaults().dataDir(d))));
      SandboxStore existing = shared.server.storeNamed(name);
      store = existing != null ? existing : shared.server.createStore(StoreSpec.named(name));
      shared.handles++;
    }
    StoreEndpoint endpoint = store.endpoint(environment);
    return new OpenSandbox() {
      private boolean closed;

      @Override
      public StoreEndpoint endpoint() {
        return endpoint;
      }

      @Override
      public void close() {
        synchronized (RUNNING) {
          if (closed) {
            return;
          }
          closed = true;
          Shared shared = RUNNING.get(dir);
          if (shared != null && --shared.handles == 0) {
            RUNNING.remove(dir);
            shared.server.close();
          }
        }
      }
    };
  }
}
