package dev.stagingpro.connectorit.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.RequestObserver;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sandbox server with one store, and connectors to it whose every request is checked against
 * the official OpenAPI files. {@link #assertRequestsFollowTheSpecs()} fails with each problem.
 */
public final class SandboxConnection implements AutoCloseable {
  private final SandboxServer server;
  private final SandboxStore store;
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicLong checked = new AtomicLong();

  public SandboxConnection(StoreSpec spec) {
    server = SandboxServer.start(SandboxOptions.defaults());
    store = server.createStore(spec);
  }

  public SandboxConnection() {
    this(StoreSpec.named("connector-it"));
  }

  public SandboxStore store() {
    return store;
  }

  public SandboxServer server() {
    return server;
  }

  /** Options for fast tests: short back-off, seeded jitter, short timeouts, every request checked. */
  public ConnectorOptions options() {
    return ConnectorOptions.defaults()
        .withRetries(8, Duration.ofMillis(5), Duration.ofMillis(50))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
        .withJobPolling(Duration.ofMillis(20), Duration.ofSeconds(30))
        .withTime(java.time.Clock.systemUTC(), dev.stagingpro.core.store.Sleeper.REAL, new Random(42))
        .withObserver(checker());
  }

  public StoreConnector connect() {
    return connect(options());
  }

  public StoreConnector connect(ConnectorOptions options) {
    return StoreConnectors.connect(store.endpoint("sandbox-it"), options);
  }

  /** The observer that checks each request against the specs. */
  public RequestObserver checker() {
    return sent -> {
      checked.incrementAndGet();
      problems.addAll(OfficialSpecs.get().check(sent));
    };
  }

  public long requestsChecked() {
    return checked.get();
  }

  public void assertRequestsFollowTheSpecs() {
    assertThat(checked.get()).as("requests checked against the specs").isPositive();
    assertThat(problems).as("requests that break the official specs").isEmpty();
  }

  @Override
  public void close() {
    server.close();
  }
}
