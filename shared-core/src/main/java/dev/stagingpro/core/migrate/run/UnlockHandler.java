package dev.stagingpro.core.migrate.run;

import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.history.MigrationLock;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.ops.ApprovalGuard;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import dev.stagingpro.core.store.ConnectorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code unlock --env X}: removes every migration lock on the environment (a stale one a killed run left), naming whose they were. */
public final class UnlockHandler implements OperationHandler {
  private final ConnectorOptions connectorOptions;

  public UnlockHandler() {
    this(MigrationSetup.standard());
  }

  public UnlockHandler(MigrationSetup setup) {
    this.connectorOptions = setup.connector();
  }

  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    String environment = request.requireEnvironment();
    Manifest manifest = workspace.loadManifest(true);
    ApprovalGuard.check(Operation.UNLOCK, manifest.environment(environment), request.approval());
    try (StoreAccess access = new StoreAccess(workspace, manifest, connectorOptions, new SecretMasker())) {
      MigrationLock lock = new MigrationLock(MetafieldStoreNotes.onStore(access.side(environment).connector().metafields()),
          workspace.clock(), environment);
      List<MigrationLock.Holder> removed = lock.unlock();
      List<String> lines = new ArrayList<>();
      if (removed.isEmpty()) {
        lines.add("No migration lock on '" + environment + "'.");
      } else {
        lines.add("Removed " + removed.size() + " migration lock" + (removed.size() == 1 ? "" : "s") + " on '" + environment + "':");
        removed.forEach(holder -> lines.add("  " + holder.describe()));
      }
      return OperationResult.success(Operation.UNLOCK, lines, Map.of("changed", String.valueOf(!removed.isEmpty())), removed);
    }
  }
}
