package dev.stagingpro.cli;

import dev.stagingpro.core.ops.Operation;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check stagingpro.yml (every problem with file, line and column) and print what it declares.")
final class ValidateCommand extends OperationCommand {

  @Override
  Operation operation() {
    return Operation.VALIDATE;
  }
}
