package dev.stagingpro.sandbox;

import dev.stagingpro.sandbox.knobs.RateLimit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox as a standalone server, for {@code stagingpro sandbox --port 8080 --data DIR}:
 * starts it, creates the named stores that do not exist yet (a store called "sandbox" when the
 * folder holds none), prints how to reach each store, and serves until the JVM is stopped.
 */
public final class SandboxLauncher {
  /** What to start: port (0 = any free one), data folder (null = memory only), stores, rate limit. */
  public record Options(int port, Path dataDir, List<String> stores, RateLimit rateLimit) {
    public Options {
      stores = List.copyOf(stores);
    }

    public static Options of(int port, Path dataDir) {
      return new Options(port, dataDir, List.of(), RateLimit.UNLIMITED);
    }
  }

  private SandboxLauncher() {}

  /** Starts the server and prints the stores; blocks until the JVM shuts down (Ctrl-C). */
  public static void run(int port, Path dataDir, PrintStream out) throws InterruptedException {
    run(Options.of(port, dataDir), out);
  }

  public static void run(Options options, PrintStream out) throws InterruptedException {
    SandboxServer server = start(options, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    out.println("Serving until stopped (Ctrl-C).");
    out.flush();
    stopped.await();
  }

  /** Starts the server, ensures the stores exist and prints them; the caller closes the server. */
  public static SandboxServer start(Options options, PrintStream out) {
    SandboxServer server = SandboxServer.start(SandboxOptions.defaults()
        .port(options.port()).dataDir(options.dataDir()).rateLimit(options.rateLimit()));
    List<String> wanted = options.stores().isEmpty() && server.stores().isEmpty() ? List.of("sandbox") : options.stores();
    try {
      for (String name : wanted) {
        if (server.storeNamed(name) == null) {
          server.createStore(StoreSpec.named(name));
        }
      }
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    out.println("StagingPro sandbox listening on " + server.baseUrl()
        + (options.dataDir() == null ? " (in memory)" : " (data in " + options.dataDir() + ")"));
    for (SandboxStore store : server.stores()) {
      // printing the token is the point: it is a local sandbox credential the user needs to call the API
      out.println("  store " + store.name() + ": hash " + store.hash() + ", token " + store.token().reveal()
          + ", API " + store.v3Url());
    }
    out.flush();
    return server;
  }
}
