package dev.stagingpro.cli;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write store data as reviewable files (stable order; secrets and PII left out).")
final class ExportCommand extends OperationCommand {
  @Mixin EnvironmentOption environment;

  @Option(names = "--entities", split = ",", paramLabel = "ENTITY", description = "Entities, comma-separated, e.g. products,categories,brands.")
  List<String> entities;

  @Option(names = {"--to", "--out"}, paramLabel = "DIR", description = "Folder to write the files to, e.g. data/.")
  Path out;

  @Override
  void configure(OperationRequest.Builder request, CiContext ci) {
    request.environment(environment.environment).entities(entities).out(out);
  }

  @Override
  Operation operation() {
    return Operation.EXPORT;
  }
}
