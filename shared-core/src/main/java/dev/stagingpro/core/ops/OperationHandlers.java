package dev.stagingpro.core.ops;

import java.util.EnumMap;
import java.util.Map;

/** The registry of the core's handlers, one line per operation. */
final class OperationHandlers {
  private OperationHandlers() {}

  static Map<Operation, OperationHandler> all() {
    Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
    handlers.put(Operation.VALIDATE, new ValidateHandler());
    handlers.put(Operation.BUNDLE, new dev.stagingpro.core.theme.BundleHandler());
    return handlers;
  }
}
