package dev.stagingpro.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the repository and its manifest are. */
final class WorkspaceOptions {
  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "Repository checkout (default: current directory).")
  Path repo;

  @Option(names = {"-m", "--manifest"}, paramLabel = "FILE", description = "Manifest file (default: DIR/stagingpro.yml).")
  Path manifest;

  @Option(names = "--json", description = "Print the result as JSON for machines (progress still goes to stderr).")
  boolean json;

  Path manifestFile() {
    return manifest != null ? manifest : repo.resolve(dev.stagingpro.core.ops.Workspace.MANIFEST_NAME);
  }
}
