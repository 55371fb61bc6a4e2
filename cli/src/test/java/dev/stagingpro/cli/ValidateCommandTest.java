package dev.stagingpro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stagingpro validate} end to end through the CLI: exit codes and messages people read. */
class ValidateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = StagingProCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void theExampleStoreIsValidAndItsDeclarationIsPrinted() {
    assertThat(run("validate", "--repo", "../examples/demo-store")).isZero();
    assertThat(out.toString()).contains("stagingpro.yml is valid").contains("catalogue-to-staging: production -> staging");
  }

  @Test
  void aBrokenManifestExitsWith2AndNamesFileLineAndColumn(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stagingpro.yml"), "version: 1\nenvironments:\n  staging:\n    sandbox: staging\n    protectd: true\n");

    assertThat(run("validate", "--repo", repo.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("stagingpro.yml:5:5").contains("protectd").contains("did you mean 'protected'");
  }

  @Test
  void aThemeErrorFailsValidateWithTheThemeFile(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stagingpro.yml"), "version: 1\nenvironments:\n  staging:\n    sandbox: staging\ntheme:\n  path: theme\n");
    Files.createDirectories(repo.resolve("theme/templates/pages"));
    Files.writeString(repo.resolve("theme/templates/pages/product.html"), "<h1>{{product.title}}</h1>");
    Files.writeString(repo.resolve("theme/config.json"), "{\"name\":\"T\",\"version\":\"1.0.0\",\"settings\":{},\"variations\":[{\"name\":\"Light\",\"id\":\"light\",\"meta\":{},\"settings\":{}}]}");

    assertThat(run("validate", "--repo", repo.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("problem").contains("theme/").contains("home.html");
  }

  @Test
  void jsonOutputIsOneDocumentWithTheOperationAndResult() {
    assertThat(run("validate", "--repo", "../examples/demo-store", "--json")).isZero();
    assertThat(out.toString()).startsWith("{").contains("\"operation\" : \"validate\"").contains("\"success\" : true");
  }
}
