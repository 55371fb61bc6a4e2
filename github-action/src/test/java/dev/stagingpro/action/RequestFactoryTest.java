package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestFactoryTest {
  private final Map<String, String> env = new HashMap<>(Map.of("GITHUB_ACTOR", "release-manager"));
  private final GitHubEvent pullRequest = new GitHubEvent("pull_request", "opened", "acme/shop", Optional.empty(), Optional.empty(),
      Optional.of("main"), Optional.of(new GitHubEvent.PullRequest(7, "abc", "acme/shop", "acme/shop")));

  @Test
  void inputsMapOntoTheRequestFieldsOfTheSameNameAndApprovalCarriesTheActor() {
    env.putAll(Map.of("INPUT_ENVIRONMENT", "production", "INPUT_APPROVE", "true", "INPUT_MIGRATION", "catalogue",
        "INPUT_PLAN", "plan.json", "INPUT_MAX-WAIT", "2h", "INPUT_ENTITIES", "products,brands", "INPUT_ENTRY", "3",
        "INPUT_FORCE", "true", "INPUT_REF", "v1.2.0"));

    OperationRequest request = factory().request(Operation.APPLY);

    assertThat(request.environment()).contains("production");
    assertThat(request.approval().approved()).isTrue();
    assertThat(request.approval().actor()).contains("release-manager");
    assertThat(request.ci().actor()).contains("release-manager");
    assertThat(request.migration()).contains("catalogue");
    assertThat(request.plan()).contains(Path.of("plan.json"));
    assertThat(request.maxWait()).contains(Duration.ofHours(2));
    assertThat(request.entities()).isEqualTo(List.of("products", "brands"));
    assertThat(request.historyEntry()).contains(3);
    assertThat(request.force()).isTrue();
    assertThat(request.ref()).contains("v1.2.0");
    assertThat(request.pullRequest()).contains(7);
  }

  @Test
  void withoutApproveTheActorIsStillKnownButNothingIsApproved() {
    OperationRequest request = factory().request(Operation.RELEASE);

    assertThat(request.approval().approved()).isFalse();
    assertThat(request.ref()).as("the checked-out working tree, not the PR's merge commit").isEmpty();
  }

  @Test
  void thePrInputWinsOverTheEvent() {
    env.put("INPUT_PR", "12");

    assertThat(factory().request(Operation.PREVIEW_CLEANUP).pullRequest()).contains(12);
  }

  private RequestFactory factory() {
    ActionEnvironment environment = new ActionEnvironment(env::get);
    return new RequestFactory(ActionInputs.read(environment), pullRequest, CiContext.fromEnvironment(environment.asFunction()));
  }
}
