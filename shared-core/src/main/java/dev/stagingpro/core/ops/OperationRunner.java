package dev.stagingpro.core.ops;

import dev.stagingpro.core.StagingProException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The single entry point every face calls: it hands the request to the operation's handler. Each
 * handler that writes resolves its destination environments and calls {@link ApprovalGuard} before
 * its first write, so the check holds whichever face asks.
 */
public final class OperationRunner {
  private final Map<Operation, OperationHandler> handlers;

  public OperationRunner(Map<Operation, OperationHandler> handlers) {
    this.handlers = new EnumMap<>(handlers);
  }

  /** The runner with every handler the core ships. */
  public static OperationRunner standard() {
    return new OperationRunner(OperationHandlers.all());
  }

  /**
   * Whether this version ships a handler for {@code operation}, so a face can say "not available
   * yet" up front instead of starting work it cannot finish.
   */
  public boolean supports(Operation operation) {
    return handlers.containsKey(operation);
  }

  public OperationResult run(Workspace workspace, OperationRequest request) {
    OperationHandler handler = handlers.get(request.operation());
    if (handler == null) {
      throw StagingProException.failed("'" + request.operation().cliName() + "' is not available in this version yet");
    }
    return handler.run(workspace, request);
  }
}
