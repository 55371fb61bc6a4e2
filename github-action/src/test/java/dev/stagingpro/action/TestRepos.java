package dev.stagingpro.action;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository the entrypoint tests run on: a manifest with embedded sandbox environments (so
 * preview and plan need no outside store once their handlers land), a protected production
 * store whose token comes from a secret, and a small valid Stencil theme; and what the report
 * must say about it, whatever state the core's handlers are in.
 */
final class TestRepos {
  static final String STORE_TOKEN = "bc-store-token-9f8e7d6c5b4a";

  private TestRepos() {}

  /** Copies the test repository (src/test/resources/test-repo, shared with container-test.sh) into the workspace. */
  static void demo(ActionFixture action) {
    action.set("BC_PRODUCTION_TOKEN", STORE_TOKEN);
    try {
      Path source = Path.of(TestRepos.class.getResource("/test-repo").toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          action.file(source.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot copy the test repository", e);
    }
  }

  /** The validate row the report shows for the test repository, which is valid. */
  static final String VALIDATE_PASSED = "| `validate` | ✅ passed |";

  /** The row a step the run had to skip shows, with {@code why}. */
  static String skippedRow(dev.stagingpro.core.ops.Operation operation, String why) {
    return "| `" + operation.cliName() + "` | ⏭️ skipped | " + why;
  }

  /** The exit code must agree with the report: non-zero exactly when a step failed. */
  static boolean exitAgreesWithReport(ActionFixture.Result result) {
    return (result.exitCode() != 0) == result.summary().contains("| ❌ failed |");
  }
}
