package dev.stagingpro.core.ops;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

  /**
   * Runs the request with secrets masked on the way out, for every face alike: each value the
   * manifest's {@code ${VAR}} secrets resolve to (registered before the handler starts, since a
   * theme build may print its environment) and each value read through the workspace's lookup is
   * masked in progress events, result lines and outputs, and failure messages.
   */
  public OperationResult run(Workspace workspace, OperationRequest request) {
    OperationHandler handler = handlers.get(request.operation());
    if (handler == null) {
      throw StagingProException.failed("'" + request.operation().cliName() + "' is not available in this version yet");
    }
    SecretMasker masker = new SecretMasker();
    Workspace masked = workspace.withEnv(workspace.env().maskedBy(masker)).withListener(new MaskingListener(workspace.listener(), masker));
    registerManifestSecrets(masked);
    try {
      OperationResult result = handler.run(masked, request);
      return new OperationResult(result.operation(), result.success(), result.lines().stream().map(masker::mask).toList(),
          maskValues(result.outputs(), masker), result.data());
    } catch (StagingProException failure) {
      String message = String.valueOf(failure.getMessage());
      String maskedMessage = masker.mask(message);
      // Keep the exception (and its problem list) when there is nothing to mask.
      throw maskedMessage.equals(message) ? failure : new StagingProException(maskedMessage, failure.exitCode());
    } catch (RuntimeException bug) {
      throw StagingProException.failed("unexpected " + bug.getClass().getSimpleName() + ": " + masker.mask(String.valueOf(bug.getMessage())));
    }
  }

  /** Resolving each declared secret through the watching lookup registers it; a broken manifest is the handler's to report. */
  private static void registerManifestSecrets(Workspace workspace) {
    Manifest manifest;
    try {
      manifest = workspace.loadManifest(false);
    } catch (StagingProException notLoadable) {
      return;
    }
    manifest.secretReferences().forEach(ref -> workspace.env().get(ref.variable()));
  }

  private static Map<String, String> maskValues(Map<String, String> outputs, SecretMasker masker) {
    Map<String, String> masked = new LinkedHashMap<>();
    outputs.forEach((name, value) -> masked.put(name, masker.mask(value)));
    return masked;
  }
}
