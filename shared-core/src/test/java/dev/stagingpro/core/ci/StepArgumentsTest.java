package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepArgumentsTest {
  private static final Path WORKSPACE = Path.of("/ws/job").toAbsolutePath();
  private static final CiContext CI = new CiContext(Optional.of("alice"), Optional.of("https://ci/job/1/"), true);

  @Test
  void mapsEveryParameterOntoTheRequest() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("environment", "staging");
    args.put("approve", true);
    args.put("manifest", "deploy/stagingpro.yml");
    args.put("ref", "v1.2.0");
    args.put("pr", 42);
    args.put("migration", "catalogue");
    args.put("plan", "plans/catalogue.json");
    args.put("out", "/tmp/export");
    args.put("from", "production");
    args.put("to", "staging");
    args.put("runId", "run-7");
    args.put("entry", 3);
    args.put("at", "2026-12-01T02:00");
    args.put("zone", "Europe/Berlin");
    args.put("maxWait", "15m");
    args.put("force", true);
    args.put("reapply", "true");
    args.put("entities", List.of("products", "categories"));
    args.put("credentials", Map.of("staging", "bc-staging-token"));
    args.put("b2bCredentials", Map.of("staging", "b2b-staging"));

    StepArguments parsed = StepArguments.of(Operation.APPLY, args);
    OperationRequest request = parsed.toRequest(WORKSPACE, CI);

    assertThat(request.operation()).isEqualTo(Operation.APPLY);
    assertThat(request.environment()).contains("staging");
    assertThat(request.approval().approved()).isTrue();
    assertThat(request.approval().actor()).contains("alice");
    assertThat(request.ref()).contains("v1.2.0");
    assertThat(request.pullRequest()).contains(42);
    assertThat(request.migration()).contains("catalogue");
    assertThat(request.plan()).contains(WORKSPACE.resolve("plans/catalogue.json"));
    assertThat(request.out()).contains(Path.of("/tmp/export"));
    assertThat(request.from()).contains("production");
    assertThat(request.to()).contains("staging");
    assertThat(request.runId()).contains("run-7");
    assertThat(request.historyEntry()).contains(3);
    assertThat(request.at()).contains("2026-12-01T02:00");
    assertThat(request.zone()).contains("Europe/Berlin");
    assertThat(request.maxWait()).contains(Duration.ofMinutes(15));
    assertThat(request.force()).isTrue();
    assertThat(request.reapply()).isTrue();
    assertThat(request.entities()).containsExactly("products", "categories");
    assertThat(request.ci()).isEqualTo(CI);
    assertThat(parsed.manifestFile(WORKSPACE)).isEqualTo(WORKSPACE.resolve("deploy/stagingpro.yml"));
    assertThat(parsed.credentialIds().store()).containsExactly(Map.entry("staging", "bc-staging-token"));
    assertThat(parsed.credentialIds().b2b()).containsExactly(Map.entry("staging", "b2b-staging"));
  }

  @Test
  void absentParametersLeaveTheRequestEmpty() {
    Map<String, Object> args = new HashMap<>();
    args.put("environment", null);
    args.put("ref", "  ");
    StepArguments parsed = StepArguments.of(Operation.VALIDATE, args);
    OperationRequest request = parsed.toRequest(WORKSPACE, CiContext.LOCAL);

    assertThat(request.environment()).isEmpty();
    assertThat(request.ref()).isEmpty();
    assertThat(request.approval().approved()).isFalse();
    assertThat(request.plan()).isEmpty();
    assertThat(request.maxWait()).isEmpty();
    assertThat(request.entities()).isEmpty();
    assertThat(request.force()).isFalse();
    assertThat(parsed.manifestFile(WORKSPACE)).isEqualTo(WORKSPACE.resolve("stagingpro.yml"));
    assertThat(parsed.credentialIds().isEmpty()).isTrue();
  }

  @Test
  void acceptsTheLooserFormsAPipelineWrites() {
    StringBuilder gstringLike = new StringBuilder("stag").append("ing");
    StepArguments parsed = StepArguments.of(Operation.RESET, Map.of(
        "environment", gstringLike, "pr", "17", "entry", 0L, "entities", "products, customers,,", "approve", "FALSE"));
    OperationRequest request = parsed.toRequest(WORKSPACE, CI);

    assertThat(request.environment()).contains("staging");
    assertThat(request.pullRequest()).contains(17);
    assertThat(request.historyEntry()).contains(0);
    assertThat(request.entities()).containsExactly("products", "customers");
    assertThat(request.approval().approved()).isFalse();
  }

  @Test
  void namesTheStepAndParameterOfAWrongValue() {
    assertBadInput(Map.of("pr", "abc"), "stagingproPreview: 'pr' must be a whole number (got 'abc')");
    assertBadInput(Map.of("pr", 0), "stagingproPreview: 'pr' must be a whole number of at least 1 (got '0')");
    assertBadInput(Map.of("entry", -1), "'entry' must be a whole number of at least 0");
    assertBadInput(Map.of("pr", 1.5), "'pr' must be a whole number");
    assertBadInput(Map.of("approve", "yes"), "stagingproPreview: 'approve' must be true or false (got 'yes')");
    assertBadInput(Map.of("environment", List.of("a")), "'environment' must be a text");
    assertBadInput(Map.of("entities", List.of(1, 2)), "'entities' must be a list of names");
    assertBadInput(Map.of("maxWait", "30"), "'maxWait' must be a duration above zero");
    assertBadInput(Map.of("credentials", "bc-staging-token"),
        "'credentials' must be a map of environment to credential id such as [staging: 'bc-staging-token']");
    assertBadInput(Map.of("b2bCredentials", Map.of("staging", " ")), "'b2bCredentials' must be a map");
  }

  @Test
  void refusesAnUnknownParameterAndListsTheKnownOnes() {
    assertBadInput(Map.of("enviroment", "staging"), "stagingproPreview: unknown parameter 'enviroment'; it takes environment, approve,");
  }

  @Test
  void listsTheParameterNamesOfTheCommandTable() {
    assertThat(StepArguments.names()).containsExactly("environment", "approve", "manifest", "ref", "pr", "migration",
        "plan", "out", "from", "to", "runId", "entry", "at", "zone", "maxWait", "force", "reapply", "entities",
        "credentials", "b2bCredentials");
  }

  private static void assertBadInput(Map<String, ?> args, String message) {
    assertThatThrownBy(() -> StepArguments.of(Operation.PREVIEW, args))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining(message);
  }
}
