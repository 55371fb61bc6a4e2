package dev.stagingpro.sandbox.support;

import dev.stagingpro.sandbox.ManualClock;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.util.Map;

/**
 * One in-memory sandbox per test class, with a manual clock and a helper to build JSON maps.
 * Register it as {@code @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();}
 * and it stops after the class's tests.
 */
public final class SandboxFixture implements AutoCloseable, org.junit.jupiter.api.extension.AfterAllCallback {
  public final ManualClock clock = ManualClock.at("2026-03-10T09:00:00Z");
  public final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().clock(clock));

  public SandboxStore store(String name) {
    return server.createStore(StoreSpec.named(name));
  }

  public static Map<String, Object> map(Object... pairs) {
    java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }

  @Override
  public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
  }
}
