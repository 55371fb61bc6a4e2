package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.secret.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent half of a CI step, on a real workspace folder. The operations are stand-in handlers
 * (deploy and friends are other issues' work) that do what real ones do at the edges: read the
 * token through the workspace, report progress, write a run journal, give outputs or fail.
 */
class StepRunnerTest {
  private static final String TOKEN = "tok-staging-1234";
  private static final CredentialSource STORE = id -> Optional.of(Credential.secretText(id, Secret.of(TOKEN)))
      .filter(c -> id.equals("bc-staging-token"));

  @TempDir Path workspace;
  private final List<String> log = new ArrayList<>();
  private final AtomicReference<OperationRequest> seen = new AtomicReference<>();

  @Test
  void bindsCredentialsRunsTheOperationAndMasksTheLog() throws Exception {
    StepCall call = call(Operation.DEPLOY, Map.of("environment", "staging", "approve", true,
        "credentials", Map.of("staging", "bc-staging-token")), "alice");

    StepOutcome outcome = runner(Operation.DEPLOY, (ws, request) -> {
      seen.set(request);
      String token = ws.env().get("BC_STAGING_TOKEN").orElseThrow();
      ws.listener().info("calling the store with " + token);
      ws.listener().progress("upload", 1, 1);
      journal(ws, "r1/journal.json");
      return OperationResult.success(Operation.DEPLOY, List.of("activated theme 5a6b on channel 1"),
          Map.of("theme-id", "5a6b", "changed", "true"), null);
    }).run(call, workspace, log::add);

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.value()).get().satisfies(v -> assertThat(v).containsEntry("themeId", "5a6b").containsEntry("success", true));
    assertThat(outcome.runFiles()).containsExactly(".stagingpro/runs/r1/journal.json");
    assertThat(log).containsExactly(
        "StagingPro deploy (stagingproDeploy)",
        "  environment 'staging': store API token from credential 'bc-staging-token'",
        "calling the store with ****",
        "upload: 1/1 (100%)",
        "activated theme 5a6b on channel 1",
        "stagingproDeploy succeeded (changed the store)",
        "  theme id: 5a6b");
    assertThat(seen.get().approval().approved()).isTrue();
    assertThat(seen.get().approval().actor()).contains("alice");
    assertThat(seen.get().ci().runUrl()).contains("https://ci.example/job/p/1/");
  }

  @Test
  void masksSecretsFromTheBuildEnvironmentAndNeverTakesTheOsUserAsApprover() {
    StepCall call = StepCall.prepare(Operation.DEPLOY, Map.of("environment", "staging"), STORE, null,
        Map.of("BC_STAGING_TOKEN", "from-with-credentials", "USER", "jenkins"));

    StepOutcome outcome = runner(Operation.DEPLOY, (ws, request) -> {
      seen.set(request);
      throw StagingProException.failed("store refused token " + ws.env().get("BC_STAGING_TOKEN").orElseThrow());
    }).run(call, workspace, log::add);

    assertThat(outcome.failure()).contains("store refused token ****");
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(seen.get().approval().actor()).isEmpty();
    assertThat(seen.get().ci().actor()).isEmpty();
  }

  @Test
  void aFailedRunStillHandsBackItsJournal() {
    StepOutcome outcome = runner(Operation.APPLY, (ws, request) -> {
      journal(ws, "r2/journal.json");
      journal(ws, "r2/report.html");
      return new OperationResult(Operation.APPLY, false, List.of("2 records failed"),
          Map.of("report", ".stagingpro/runs/r2/report.html"), null);
    }).run(call(Operation.APPLY, Map.of(), null), workspace, log::add);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.failure()).contains("stagingproApply did not succeed; .stagingpro/runs/r2/report.html says what failed");
    assertThat(outcome.value()).isEmpty();
    assertThat(outcome.runFiles()).containsExactly(".stagingpro/runs/r2/journal.json", ".stagingpro/runs/r2/report.html");
    assertThat(log).contains("2 records failed", "stagingproApply did not succeed");
  }

  @Test
  void aCredentialForAnUndeclaredEnvironmentFailsBeforeTheOperation() {
    StepCall call = call(Operation.DEPLOY, Map.of("credentials", Map.of("stagin", "bc-staging-token")), null);

    StepOutcome outcome = runner(Operation.DEPLOY, (ws, request) -> {
      throw new AssertionError("must not run");
    }).run(call, workspace, log::add);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.failure()).get().asString().contains("credentials: names environment 'stagin'");
  }

  @Test
  void anOperationNotYetInTheCoreFailsWithItsMessage() {
    StepOutcome outcome = runner(Operation.VALIDATE, (ws, request) -> {
      throw new AssertionError("must not run");
    }).run(call(Operation.EXPORT, Map.of(), null), workspace, log::add);

    assertThat(outcome.failure()).contains("'export' is not available in this version yet");
    assertThat(outcome.runFiles()).isEmpty();
  }

  @Test
  void theCallCrossesToTheAgentIntactAndTheOutcomeBack() throws Exception {
    StepCall call = CredentialBindingTest.roundTrip(call(Operation.PREVIEW,
        Map.of("pr", 42, "entities", List.of("products"), "credentials", Map.of("staging", "bc-staging-token")), "bob"));

    StepOutcome outcome = CredentialBindingTest.roundTrip(runner(Operation.PREVIEW, (ws, request) -> {
      seen.set(request);
      return OperationResult.success(Operation.PREVIEW, List.of(),
          Map.of("preview-url", "https://p.example/" + ws.env().get("BC_STAGING_TOKEN").map(t -> "ok").orElse("no")), null);
    }).run(call, workspace, log::add));

    assertThat(seen.get().pullRequest()).contains(42);
    assertThat(seen.get().entities()).containsExactly("products");
    assertThat(seen.get().ci().actor()).contains("bob");
    assertThat(outcome.value()).get().satisfies(v -> assertThat(v).containsEntry("previewUrl", "https://p.example/ok"));
  }

  private StepCall call(Operation operation, Map<String, ?> args, String actor) {
    return StepCall.prepare(operation, args, STORE, actor, Map.of("BUILD_URL", "https://ci.example/job/p/1/"));
  }

  private StepRunner runner(Operation operation, OperationHandler handler) {
    Map<Operation, OperationHandler> handlers = new LinkedHashMap<>();
    handlers.put(operation, handler);
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    return new StepRunner(new OperationRunner(handlers), TestManifests::standardFor, EnvLookup.of(Map.of()), clock);
  }

  private static void journal(Workspace ws, String name) {
    try {
      Path file = ws.stateDir().resolve("runs").resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "{}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
