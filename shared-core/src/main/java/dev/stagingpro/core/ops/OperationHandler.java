package dev.stagingpro.core.ops;

/** Runs one {@link Operation}. Each capability package provides the handlers of its operations. */
@FunctionalInterface
public interface OperationHandler {
  OperationResult run(Workspace workspace, OperationRequest request);
}
