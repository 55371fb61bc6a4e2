package dev.stagingpro.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a handler prints, a declared secret never leaves the runner in clear, on any face. */
class OperationRunnerMaskingTest {
  private static final String TOKEN = "tok-4f9a8c1e77d2";
  private static final String OTHER = "pw-0b1c2d3e";

  private final List<ProgressEvent> events = new ArrayList<>();

  private Workspace workspace(Path repo) throws Exception {
    Files.writeString(repo.resolve("stagingpro.yml"), """
        version: 1
        environments:
          production:
            store_hash: abc123
            token: ${BC_TOKEN}
        """);
    EnvLookup env = EnvLookup.of(Map.of("BC_TOKEN", TOKEN, "OTHER_SECRET", OTHER));
    return new Workspace(repo, repo.resolve("stagingpro.yml"), env, events::add, Clock.systemUTC());
  }

  private static OperationRunner runnerWith(OperationHandler handler) {
    return new OperationRunner(Map.of(Operation.HISTORY, handler));
  }

  @Test
  void declaredSecretsAreMaskedInEventsLinesAndOutputsEvenWhenTheHandlerNeverReadThem(@TempDir Path repo) throws Exception {
    OperationResult result = runnerWith((ws, request) -> {
      ws.listener().info("build | TOKEN=" + TOKEN);
      return OperationResult.success(Operation.HISTORY, List.of("line with " + TOKEN), Map.of("out", TOKEN), null);
    }).run(workspace(repo), OperationRequest.builder(Operation.HISTORY).build());

    assertThat(events).extracting(ProgressEvent::message).containsExactly("build | TOKEN=****");
    assertThat(result.lines()).containsExactly("line with ****");
    assertThat(result.outputs()).containsEntry("out", "****");
  }

  @Test
  void valuesTheHandlerReadsFromTheEnvironmentAreMaskedInFailures(@TempDir Path repo) throws Exception {
    OperationRunner runner = runnerWith((ws, request) -> {
      String value = ws.env().get("OTHER_SECRET").orElseThrow();
      throw StagingProException.badInput("login refused for " + value);
    });

    assertThatThrownBy(() -> runner.run(workspace(repo), OperationRequest.builder(Operation.HISTORY).build()))
        .isInstanceOf(StagingProException.class)
        .hasMessage("login refused for ****")
        .extracting(e -> ((StagingProException) e).exitCode()).isEqualTo(2);
  }

  @Test
  void anUnexpectedErrorBecomesAWorkFailureWithItsMessageMasked(@TempDir Path repo) throws Exception {
    OperationRunner runner = runnerWith((ws, request) -> {
      throw new IllegalStateException("server said " + TOKEN);
    });

    assertThatThrownBy(() -> runner.run(workspace(repo), OperationRequest.builder(Operation.HISTORY).build()))
        .isInstanceOf(StagingProException.class)
        .hasMessage("unexpected IllegalStateException: server said ****")
        .extracting(e -> ((StagingProException) e).exitCode()).isEqualTo(1);
  }
}
