package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code release --env X}: data first, then the theme that needs it. Applies the migrations that
 * go to the environment; only when every record was written does it deploy the theme (through the
 * {@code deploy} operation), so a failed data step leaves the live theme alone.
 */
public final class ReleaseHandler implements OperationHandler {
  private final ApplyHandler apply;
  private final Supplier<OperationRunner> runner;

  public ReleaseHandler() {
    this(new ApplyHandler(), OperationRunner::standard);
  }

  public ReleaseHandler(ApplyHandler apply, Supplier<OperationRunner> runner) {
    this.apply = apply;
    this.runner = runner;
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    String environment = request.requireEnvironment();
    Manifest manifest = workspace.loadManifest(true);
    manifest.environment(environment);
    List<String> lines = new ArrayList<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    boolean migrations = manifest.migrations().stream().anyMatch(m -> m.to().equals(environment));
    if (migrations) {
      OperationResult applied = apply.apply(workspace, request, Operation.RELEASE);
      lines.addAll(applied.lines());
      outputs.putAll(applied.outputs());
      if (!applied.success()) {
        lines.add("The theme was not deployed: the data step did not finish (the live theme is unchanged).");
        return new OperationResult(Operation.RELEASE, false, lines, outputs, applied.data());
      }
    } else {
      lines.add("No migrations go to '" + environment + "'; deploying the theme only.");
    }
    if (manifest.theme().isEmpty()) {
      lines.add("No theme is declared; the data step is the whole release.");
      return new OperationResult(Operation.RELEASE, true, lines, outputs, null);
    }
    OperationRunner operations = runner.get();
    OperationRequest deploy = OperationRequest.builder(Operation.DEPLOY)
        .environment(environment).approval(request.approval()).ref(request.ref().orElse(null))
        .force(request.force()).ci(request.ci()).build();
    OperationResult deployed = operations.run(workspace, deploy);
    lines.addAll(deployed.lines());
    deployed.outputs().forEach((key, value) -> outputs.merge(key, value,
        (a, b) -> "changed".equals(key) ? String.valueOf(Boolean.parseBoolean(a) || Boolean.parseBoolean(b)) : b));
    return new OperationResult(Operation.RELEASE, deployed.success(), lines, outputs, deployed.data());
  }
}
