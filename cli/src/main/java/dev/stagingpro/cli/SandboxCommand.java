package dev.stagingpro.cli;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.sandbox.SandboxLauncher;
import dev.stagingpro.sandbox.knobs.RateLimit;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stagingpro sandbox}: a standalone BigCommerce-compatible store server for rehearsals. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = "Serve local BigCommerce-compatible sandbox stores over HTTP; prints each store's hash and token. Point an environment's api_url at it.")
final class SandboxCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (0 = any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data", paramLabel = "DIR", description = "Keep the stores in this folder so they survive restarts (default: memory only).")
  Path data;

  @Option(names = "--store", paramLabel = "NAME", split = ",", description = "Stores to create if missing (default: one called 'sandbox').")
  List<String> stores = List.of();

  @Option(names = "--rate-limit", paramLabel = "PLAN", defaultValue = "none",
      description = "Rate limit like a BigCommerce plan: none, standard or plus (150 per 30 s), pro (450 per 30 s).")
  String rateLimit;

  @Override
  public Integer call() throws InterruptedException {
    try {
      SandboxLauncher.run(new SandboxLauncher.Options(port, data, stores, rateLimit()), System.out);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof BindException busy) {
        throw StagingProException.badInput("--port " + port + ": cannot listen on 127.0.0.1:" + port + " ("
            + busy.getMessage() + "); stop what uses it, or choose another port (--port 0 picks a free one)");
      }
      throw e;
    }
    return 0;
  }

  private RateLimit rateLimit() {
    try {
      return RateLimit.preset(rateLimit);
    } catch (IllegalArgumentException e) {
      throw StagingProException.badInput("--rate-limit: " + e.getMessage());
    }
  }
}
