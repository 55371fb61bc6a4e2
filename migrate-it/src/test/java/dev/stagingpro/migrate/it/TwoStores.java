package dev.stagingpro.migrate.it;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.migrate.run.ApplyHandler;
import dev.stagingpro.core.migrate.run.PlanHandler;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Two sandbox stores over loopback HTTP — {@code production} (protected, the usual source) and
 * {@code staging} — and a repository folder whose {@code stagingpro.yml} names them as BigCommerce
 * stores at the sandbox's address, so the core's handlers run exactly as against real stores.
 */
final class TwoStores implements AutoCloseable {
  /** Short retry waits: the sandbox answers at once, faults are injected on purpose. */
  static final ConnectorOptions CONNECTOR = ConnectorOptions.defaults().withRetries(4, Duration.ofMillis(5), Duration.ofMillis(40));

  final SandboxServer server = SandboxServer.start(SandboxOptions.defaults());
  final SandboxStore production = server.createStore(StoreSpec.named("production"));
  final SandboxStore staging = server.createStore(StoreSpec.named("staging"));
  final Path repo;
  final Map<String, String> env = new HashMap<>();
  final List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());
  Clock clock = Clock.systemUTC();
  ConnectorOptions connector = CONNECTOR;
  /** Extra YAML lines of the staging environment (e.g. its {@code channels}). */
  String stagingExtra = "";

  TwoStores(Path repo) {
    this.repo = repo;
    env.put("PRODUCTION_TOKEN", production.token().reveal());
    env.put("STAGING_TOKEN", staging.token().reveal());
  }

  /** Writes stagingpro.yml: the two environments, then the given {@code migrations:} section. */
  TwoStores manifest(String migrations) {
    String yaml = "version: 1\n"
        + "environments:\n"
        + environment("production", production, "PRODUCTION_TOKEN", "    protected: true\n")
        + environment("staging", staging, "STAGING_TOKEN", stagingExtra)
        + migrations;
    try {
      Files.createDirectories(repo);
      Files.writeString(repo.resolve("stagingpro.yml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private String environment(String name, SandboxStore store, String variable, String extra) {
    return "  " + name + ":\n"
        + "    store_hash: " + store.hash() + "\n"
        + "    token: ${" + variable + "}\n"
        + "    api_url: " + server.baseUrl() + "\n"
        + extra;
  }

  /** A migration from production to staging of these entities, with optional extra YAML lines. */
  static String migration(String id, String mode, String entities, String... extra) {
    StringBuilder yaml = new StringBuilder("migrations:\n")
        .append("  - id: ").append(id).append('\n')
        .append("    from: production\n")
        .append("    to: staging\n")
        .append("    mode: ").append(mode).append('\n')
        .append("    entities: [").append(entities).append("]\n");
    for (String line : extra) {
      yaml.append("    ").append(line).append('\n');
    }
    return yaml.toString();
  }

  Workspace workspace() {
    return new Workspace(repo, repo.resolve("stagingpro.yml"), EnvLookup.of(env), events::add, clock);
  }

  StoreConnector connect(SandboxStore store) {
    return StoreConnectors.connect(store.endpoint(store.name()), connector);
  }

  OperationResult plan(UnaryOperator<OperationRequest.Builder> request) {
    return run(new PlanHandler(MigrationSetup.of(connector)), Operation.PLAN, request);
  }

  OperationResult plan() {
    return plan(r -> r);
  }

  OperationResult apply(UnaryOperator<OperationRequest.Builder> request) {
    return run(new ApplyHandler(MigrationSetup.of(connector)), Operation.APPLY, request);
  }

  OperationResult apply() {
    return apply(r -> r);
  }

  OperationResult run(OperationHandler handler, Operation operation, UnaryOperator<OperationRequest.Builder> request) {
    return handler.run(workspace(), request.apply(OperationRequest.builder(operation)).build());
  }

  /** Another CI runner on the same repository and stores, whose staging token is {@code stagingToken}. */
  Runner runner(String actor, String stagingToken) {
    Map<String, String> own = new HashMap<>(env);
    own.put("STAGING_TOKEN", stagingToken);
    return new Runner(new Workspace(repo, repo.resolve("stagingpro.yml"), EnvLookup.of(own), events::add, clock),
        new dev.stagingpro.core.ops.CiContext(java.util.Optional.of(actor), java.util.Optional.empty(), true));
  }

  /** One runner: its own workspace view (token) and CI identity. */
  final class Runner {
    private final Workspace workspace;
    private final dev.stagingpro.core.ops.CiContext ci;

    Runner(Workspace workspace, dev.stagingpro.core.ops.CiContext ci) {
      this.workspace = workspace;
      this.ci = ci;
    }

    OperationResult apply() {
      return new ApplyHandler(MigrationSetup.of(connector)).run(workspace, OperationRequest.builder(Operation.APPLY).ci(ci).build());
    }
  }

  /** Runs the tasks at the same moment on their own threads; each one's failure, if any. */
  static List<java.util.Optional<Throwable>> together(Runnable... tasks) throws InterruptedException {
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.CompletableFuture<java.util.Optional<Throwable>>> running = new ArrayList<>();
    for (Runnable task : tasks) {
      running.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
          task.run();
          return java.util.Optional.empty();
        } catch (Throwable t) {
          return java.util.Optional.of(t);
        }
      }, java.util.concurrent.Executors.newSingleThreadExecutor()));
    }
    go.countDown();
    List<java.util.Optional<Throwable>> outcomes = new ArrayList<>();
    for (var future : running) {
      outcomes.add(future.join());
    }
    return outcomes;
  }

  static UnaryOperator<OperationRequest.Builder> approved() {
    return r -> r.approval(Approval.approvedBy("tester"));
  }

  @Override
  public void close() {
    server.close();
  }
}
