package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.ManifestException;
import dev.stagingpro.core.manifest.ManifestProblem;
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
 * Problems the core locates in the repository become annotations on that file and line, with the
 * path relative to the checkout as the pull-request diff shows it. The handlers here are stand-ins
 * that raise what the core's manifest loader and theme checks raise, so the translation is tested
 * whatever state those are in.
 */
class AnnotationsTest {
  @TempDir Path checkout;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final WorkflowCommands commands = new WorkflowCommands(new PrintStream(log, true, StandardCharsets.UTF_8), new SecretMasker());

  @Test
  void everyManifestProblemIsAnnotatedOnItsFileLineAndColumn() {
    OperationHandler loaderStandIn = (workspace, request) -> {
      throw new ManifestException(List.of(
          new ManifestProblem(checkout.resolve("stagingpro.yml").toString(), 4, 7, "environments.staging.tokn", "unknown key; did you mean 'token'?"),
          new ManifestProblem("stagingpro.yml", 9, 0, "", "migrations: duplicate id 'catalogue'")));
    };

    StepResult result = stepRunner(loaderStandIn).run(OperationRequest.builder(Operation.VALIDATE).build());

    assertThat(log()).contains(
        "::error file=stagingpro.yml,line=4,col=7,title=StagingPro manifest::environments.staging.tokn: unknown key; did you mean 'token'?\n",
        "::error file=stagingpro.yml,line=9,title=StagingPro manifest::migrations: duplicate id 'catalogue'\n");
    assertThat(result.status()).isEqualTo(StepResult.Status.FAILED);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.message()).isEqualTo("2 problems in the manifest");
    assertThat(result.lines()).containsExactly(
        "stagingpro.yml:4:7: environments.staging.tokn: unknown key; did you mean 'token'?",
        "stagingpro.yml:9: migrations: duplicate id 'catalogue'");
  }

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
    RepoLocations locations = new RepoLocations(checkout);
    ActionListener listener = new ActionListener(commands, locations);
    Workspace workspace = new Workspace(checkout, checkout.resolve("stagingpro.yml"), EnvLookup.of(Map.of()), listener, Clock.systemUTC());
    OperationRunner runner = new OperationRunner(Map.of(Operation.VALIDATE, handler, Operation.BUNDLE, handler));
    return new StepRunner(runner, workspace, commands, listener, locations);
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }
}
