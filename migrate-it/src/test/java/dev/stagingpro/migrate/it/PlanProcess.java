package dev.stagingpro.migrate.it;

import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.migrate.Plan;
import dev.stagingpro.core.migrate.run.MigrationSetup;
import dev.stagingpro.core.migrate.run.PlanHandler;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code stagingpro plan} in a JVM of its own (the benchmark starts it with a small heap), printing
 * the plan's counts, its time and the peak heap the JVM used.
 */
public final class PlanProcess {
  private PlanProcess() {}

  public static void main(String[] args) {
    Path repo = Path.of(args[0]);
    Workspace workspace = new Workspace(repo, repo.resolve("stagingpro.yml"), EnvLookup.system(), event -> {}, Clock.systemUTC());
    long start = System.nanoTime();
    Plan plan = (Plan) new PlanHandler(MigrationSetup.of(TwoStores.CONNECTOR))
        .run(workspace, OperationRequest.builder(Operation.PLAN).build()).data();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("PLAN create=" + plan.count(ChangeClass.CREATE) + " unchanged=" + plan.count(ChangeClass.UNCHANGED)
        + " millis=" + millis + " peakHeapMb=" + peak / (1024 * 1024) + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** Runs it to the end against the stores' repository with this maximum heap; returns what it printed. */
  static String run(TwoStores stores, String maxHeap) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(javaBin, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
        PlanProcess.class.getName(), stores.repo.toString());
    builder.environment().putAll(stores.env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new AssertionError("plan process failed:\n" + output);
    }
    return output;
  }
}
