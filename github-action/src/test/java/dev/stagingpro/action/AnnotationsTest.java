package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems a handler reports as events pointing into the repository become annotations on that
 * file and line. The handler here is a stand-in that emits such events (as deploy does with the
 * store's upload warnings), so the translation is tested on its own; manifest and theme problems
 * from the real core are in {@link ProblemAnnotationsTest}.
 */
class AnnotationsTest {
  @TempDir Path checkout;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final WorkflowCommands commands = new WorkflowCommands(new PrintStream(log, true, StandardCharsets.UTF_8), new SecretMasker());

  @Test
  void themeProblemsReportedAsEventsAreAnnotatedAndKeptForTheReport() {
    OperationHandler bundleStandIn = (workspace, request) -> {
      workspace.listener().onEvent(ProgressEvent.error("missing partial 'components/card'", checkout.resolve("theme/templates/pages/home.html").toString(), 3));
      workspace.listener().warn("SCSS is not compiled");
      return new OperationResult(Operation.BUNDLE, false, List.of("bundle refused"), Map.of(), null);
    };

    StepResult result = stepRunner(bundleStandIn).run(OperationRequest.builder(Operation.BUNDLE).build());

    assertThat(log()).contains(
        "::error file=theme/templates/pages/home.html,line=3,title=StagingPro::missing partial 'components/card'\n",
        "::warning title=StagingPro::SCSS is not compiled\n",
        "::error title=StagingPro bundle::bundle finished with failures\n");
    assertThat(result.lines()).containsExactly("bundle refused",
        "error: theme/templates/pages/home.html:3: missing partial 'components/card'", "warning: SCSS is not compiled");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  private StepRunner stepRunner(OperationHandler handler) {
    RepoLocations locations = new RepoLocations(checkout, checkout);
    ActionListener listener = new ActionListener(commands, locations);
    Workspace workspace = new Workspace(checkout, checkout.resolve("stagingpro.yml"), EnvLookup.of(Map.of()), listener, Clock.systemUTC());
    OperationRunner runner = new OperationRunner(Map.of(Operation.BUNDLE, handler));
    return new StepRunner(runner, workspace, commands, listener, locations);
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }
}
