package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bundle", mixinStandardHelpOptions = true, description = "Build the Stencil theme zip (reproducible: same commit, same bytes).")
final class BundleCommand extends OperationCommand {

  @Option(names = "--ref", paramLabel = "REF", description = "Git ref to use (default: the working tree).")
  String ref;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the zip (default: .stagingpro/bundles/).")
  Path out;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.ref(ref).out(out);
  }

  @Override
  Operation operation() {
    return Operation.BUNDLE;
  }
}
