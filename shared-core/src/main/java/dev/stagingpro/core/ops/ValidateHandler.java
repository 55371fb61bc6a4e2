package dev.stagingpro.core.ops;

import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ManifestDescriber;

/**
 * {@code validate}: loads and checks the manifest (every problem at once, with file, line and
 * column) and describes what it declares. Unset secrets are reported too: validate is the place to
 * learn that a CI secret is missing before anything runs.
 */
final class ValidateHandler implements OperationHandler {
  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(true);
    ManifestDescriber.Description description = ManifestDescriber.describe(manifest);
    return OperationResult.success(Operation.VALIDATE, description.lines(), java.util.Map.of(), description);
  }
}
