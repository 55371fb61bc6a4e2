package dev.stagingpro.deployit;

import dev.stagingpro.core.deploy.DeployHandler;
import dev.stagingpro.core.deploy.DeployTimings;
import dev.stagingpro.core.deploy.DeployTools;
import dev.stagingpro.core.deploy.DeploymentHistory;
import dev.stagingpro.core.deploy.HistoryHandler;
import dev.stagingpro.core.deploy.PreviewCleanupHandler;
import dev.stagingpro.core.deploy.PreviewHandler;
import dev.stagingpro.core.deploy.RollbackHandler;
import dev.stagingpro.core.deploy.ThemeCopyHandler;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.store.ConnectorOptions;
import dev.stagingpro.core.store.Sleeper;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.StoreConnectors;
import dev.stagingpro.core.store.StoreEndpoint;
import dev.stagingpro.sandbox.ManualClock;
import dev.stagingpro.sandbox.SandboxOptions;
import dev.stagingpro.sandbox.SandboxServer;
import dev.stagingpro.sandbox.SandboxStore;
import dev.stagingpro.sandbox.StoreSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A Git repository with the example theme and a stagingpro.yml whose environments are sandbox
 * stores served over HTTP on 127.0.0.1; the sandbox, the workspace and every wait share one manual
 * clock, so waits of hours take no time.
 */
final class DeployFixture implements AutoCloseable {
  static final String START = "2026-03-05T15:00:00Z";
  static final String STAGING_TOKEN = "STAGING_TOKEN";
  static final String PRODUCTION_TOKEN = "PRODUCTION_TOKEN";

  final ManualClock clock = ManualClock.at(START);
  final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().clock(clock));
  final SandboxStore staging;
  final SandboxStore production;
  final Path repo;
  final Git git;
  final List<ProgressEvent> events = new CopyOnWriteArrayList<>();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** Runs on every event, so a test can change the store while an operation runs. */
  volatile Consumer<ProgressEvent> onEvent = e -> {};
  private final Sleeper sleeper = d -> {
    sleeps.add(d);
    clock.advance(d);
  };

  DeployFixture(Path dir) {
    this(dir, StoreSpec.named("staging"));
  }

  DeployFixture(Path dir, StoreSpec stagingSpec) {
    staging = server.createStore(stagingSpec);
    production = server.createStore(StoreSpec.named("production"));
    repo = dir;
    copyTree(Paths.get(System.getProperty("stagingpro.examples.dir"), "demo-store", "theme"), repo.resolve("theme"));
    write("stagingpro.yml", manifest(2));
    try {
      git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    commit("Initial theme");
  }

  String manifest(int previewChannels) {
    return """
        version: 1
        environments:
          production:
            store_hash: %s
            token: ${%s}
            api_url: %s
            protected: true
          staging:
            store_hash: %s
            token: ${%s}
            api_url: %s
        theme:
          path: theme
          variation: Light
        preview:
          environment: staging
          channels: %d
        """.formatted(production.hash(), PRODUCTION_TOKEN, server.baseUrl(), staging.hash(), STAGING_TOKEN,
        server.baseUrl(), previewChannels);
  }

  DeployTools tools() {
    DeployTimings timings = new DeployTimings(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(2),
        Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMillis(200), 3);
    return new DeployTools(sleeper, timings,
        options -> options.withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)).withJobPolling(Duration.ofSeconds(1), Duration.ofMinutes(2)));
  }

  Workspace workspace() {
    EnvLookup env = EnvLookup.of(Map.of(STAGING_TOKEN, staging.token().reveal(), PRODUCTION_TOKEN, production.token().reveal()));
    ProgressListener listener = event -> {
      events.add(event);
      onEvent.accept(event);
    };
    return new Workspace(repo, repo.resolve("stagingpro.yml"), env, listener, clock);
  }

  OperationResult run(OperationRequest.Builder request) {
    DeployTools tools = tools();
    List<dev.stagingpro.core.history.HistorySource> history = List.of(DeploymentHistory.SOURCE);
    Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
    handlers.put(Operation.DEPLOY, new DeployHandler(tools));
    handlers.put(Operation.PREVIEW, new PreviewHandler(tools));
    handlers.put(Operation.PREVIEW_CLEANUP, new PreviewCleanupHandler(tools));
    handlers.put(Operation.THEME_COPY, new ThemeCopyHandler(tools));
    handlers.put(Operation.HISTORY, new HistoryHandler(tools, history));
    handlers.put(Operation.ROLLBACK, new RollbackHandler(tools, history));
    return new OperationRunner(handlers).run(workspace(), request.build());
  }

  /** The theme's bundle, built as {@code stagingpro bundle} builds it. */
  Path bundle() {
    OperationResult result = new dev.stagingpro.core.theme.BundleHandler().run(workspace(),
        OperationRequest.builder(Operation.BUNDLE).out(repo.resolve("hand-made.zip")).build());
    return Path.of(result.outputs().get("bundle"));
  }

  /** A connector of the store's own, for looking at (and preparing) what the operations did. */
  StoreConnector connect(SandboxStore store) {
    return StoreConnectors.connect(new StoreEndpoint(store.name(), store.apiUrl(), store.hash(), store.token()),
        ConnectorOptions.defaults().withTime(clock, sleeper, new Random(7)).withJobPolling(Duration.ofSeconds(1), Duration.ofMinutes(2)));
  }

  void write(String path, String text) {
    try {
      Path file = repo.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RevCommit commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      return git.commit().setMessage(message).setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com").call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Changes the home page of the theme and commits it. */
  RevCommit changeTheme(String text) {
    try {
      Files.writeString(repo.resolve("theme/templates/pages/home.html"), "<!-- " + text + " -->\n", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return commit("Theme: " + text);
  }

  List<String> messages(ProgressEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).map(ProgressEvent::message).toList();
  }

  long requests(SandboxStore store, String route) {
    return store.requestLog().count(route);
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      List<Path> all = new ArrayList<>(files.toList());
      for (Path source : all) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    git.close();
    server.close();
  }
}
