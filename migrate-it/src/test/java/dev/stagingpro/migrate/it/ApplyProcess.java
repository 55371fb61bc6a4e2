package dev.stagingpro.migrate.it;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.migrate.run.ApplyHandler;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code stagingpro apply} in a process of its own, for tests that kill it ({@code kill -9}) part
 * way: the repository folder is the argument, the tokens come from the environment.
 */
public final class ApplyProcess {
  private ApplyProcess() {}

  public static void main(String[] args) {
    Path repo = Path.of(args[0]);
    Workspace workspace = new Workspace(repo, repo.resolve("stagingpro.yml"), EnvLookup.system(), event -> {}, Clock.systemUTC());
    new ApplyHandler(MigrationSetup.of(TwoStores.CONNECTOR)).run(workspace, OperationRequest.builder(Operation.APPLY).build());
  }

  /** Starts it against the stores' repository, with the same tokens. */
  static Process start(TwoStores stores) throws java.io.IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ApplyProcess.class.getName(),
        stores.repo.toString());
    builder.environment().putAll(stores.env);
    builder.redirectErrorStream(true).redirectOutput(stores.repo.resolve("apply-process.log").toFile());
    return builder.start();
  }
}
