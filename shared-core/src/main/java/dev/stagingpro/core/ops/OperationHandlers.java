package dev.stagingpro.core.ops;

import java.util.EnumMap;
import java.util.Map;

/** The registry of the core's handlers, one line per operation. */
final class OperationHandlers {
  /** Every recorder of environment history; history and rollback number their entries alike. */
  private static final java.util.List<dev.stagingpro.core.history.HistorySource> HISTORY =
      java.util.List.of(dev.stagingpro.core.deploy.DeploymentHistory.SOURCE, dev.stagingpro.core.migrate.run.MigrationLedger.SOURCE);

  private OperationHandlers() {}

  static Map<Operation, OperationHandler> all() {
    Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
    handlers.put(Operation.VALIDATE, new ValidateHandler());
    handlers.put(Operation.BUNDLE, new dev.stagingpro.core.theme.BundleHandler());
    handlers.put(Operation.DEPLOY, new dev.stagingpro.core.deploy.DeployHandler());
    handlers.put(Operation.PREVIEW, new dev.stagingpro.core.deploy.PreviewHandler());
    handlers.put(Operation.PREVIEW_CLEANUP, new dev.stagingpro.core.deploy.PreviewCleanupHandler());
    handlers.put(Operation.THEME_COPY, new dev.stagingpro.core.deploy.ThemeCopyHandler());
    handlers.put(Operation.HISTORY, new dev.stagingpro.core.deploy.HistoryHandler(HISTORY));
    handlers.put(Operation.ROLLBACK, new dev.stagingpro.core.deploy.RollbackHandler(HISTORY));
    handlers.put(Operation.PLAN, new dev.stagingpro.core.migrate.run.PlanHandler());
    handlers.put(Operation.APPLY, new dev.stagingpro.core.migrate.run.ApplyHandler());
    handlers.put(Operation.RELEASE, new dev.stagingpro.core.migrate.run.ReleaseHandler());
    handlers.put(Operation.RESTORE, new dev.stagingpro.core.migrate.run.RestoreHandler());
    handlers.put(Operation.UNLOCK, new dev.stagingpro.core.migrate.run.UnlockHandler());
    handlers.put(Operation.RESET, new dev.stagingpro.core.migrate.run.ResetHandler());
    handlers.put(Operation.EXPORT, new dev.stagingpro.core.migrate.run.ExportHandler());
    return handlers;
  }
}
