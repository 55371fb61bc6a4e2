package dev.stagingpro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every core operation has a CLI command of the same name, and docs/commands.md names it on every face. */
class CommandNamesTest {
  @Test
  void everyOperationHasACliCommandOfTheSameName() {
    List<String> commands = new ArrayList<>();
    collect(StagingProCli.newCommandLine(), "", commands);
    for (Operation operation : Operation.values()) {
      assertThat(commands).as("CLI command for %s", operation).contains(operation.cliName());
    }
  }

  @Test
  void commandsDocumentHasOneRowPerOperationWithEveryFacesName() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "commands.md"));
    for (Operation operation : Operation.values()) {
      String row = doc.lines().filter(line -> line.startsWith("| " + operation.cliName() + " |")).findFirst().orElse("");
      assertThat(row).as("row for %s in docs/commands.md", operation)
          .contains("`stagingpro " + operation.cliName())
          .contains("`stagingpro:" + operation.goal() + "`")
          .contains("`" + operation.step() + "`");
    }
  }

  private static void collect(CommandLine command, String prefix, List<String> into) {
    command.getSubcommands().forEach((name, sub) -> {
      String full = prefix.isEmpty() ? name : prefix + " " + name;
      into.add(full);
      collect(sub, full, into);
    });
  }
}
