package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code auto} on pushes and other events, and operations asked for by name. */
class ReleaseAndCommandTest extends EntrypointTestBase {

  @Test
  void pushToTheDefaultBranchReleasesAndAProtectedEnvironmentNeedsApproval() {
    ActionFixture.Result result = action.set("INPUT_ENVIRONMENT", "production").push("main").run();

    assertThat(result.summary()).contains("### StagingPro · main · auto").contains("| `release` |");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).containsPattern("::error title=StagingPro release::environment 'production' is protected");
    assertThat(github.writes()).as("a push has no pull request to comment on").isEmpty();
  }

  @Test
  void aProtectedEnvironmentRefusesAWriteWithoutApprove() {
    ActionFixture.Result result = action.set("INPUT_COMMAND", "deploy").set("INPUT_ENVIRONMENT", "uat").push("main").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("::error title=StagingPro deploy::environment 'uat' is protected: 'deploy' writes to it only with approval");
    assertThat(result.summary()).contains("| `deploy` | ❌ failed | environment 'uat' is protected");
  }

  @Test
  void approveCountsOnlyForAnActorAmongTheApprovers() {
    ActionFixture.Result result = action.set("INPUT_COMMAND", "deploy").set("INPUT_ENVIRONMENT", "uat").set("INPUT_APPROVE", "true")
        .push("main").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("environment 'uat' is protected and 'octocat' is not among its approvers; approvers: release-manager");
  }

  @Test
  void anApproverWithApproveDeploysToTheProtectedEnvironment() {
    ActionFixture.Result result = action.set("INPUT_COMMAND", "deploy").set("INPUT_ENVIRONMENT", "uat").set("INPUT_APPROVE", "true")
        .set("GITHUB_ACTOR", "release-manager").push("main").run();

    assertThat(result.exitCode()).as(result.log()).isZero();
    assertThat(result.summary()).contains("### StagingPro · main · `deploy`", "| `deploy` | ✅ passed |");
    assertThat(result.outputs()).containsKey(ActionReport.THEME_ID).containsEntry("changed", "true");
  }

  @Test
  void pushToAnotherBranchReleasesNothing() {
    ActionFixture.Result result = action.set("INPUT_ENVIRONMENT", "production").push("feature/x").run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.summary()).contains("Nothing to do: push to refs/heads/feature/x is not to the default branch (main): nothing to release");
    assertThat(result.log()).contains("::notice::push to refs/heads/feature/x is not to the default branch");
  }

  @Test
  void autoOnAnEventItDoesNotHandleAsksForACommand() {
    ObjectNode schedule = new ObjectMapper().createObjectNode().put("schedule", "0 6 * * 1");

    ActionFixture.Result result = action.event("schedule", schedule).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("::error title=StagingPro::command 'auto' handles pull_request and push events, not 'schedule' events;"
        + " set the input 'command' to the operation to run (for example: apply)");
    assertThat(result.summary()).contains("❌ command 'auto' handles pull_request and push events");
  }

  @Test
  void anUnknownCommandListsTheValidOnes() {
    ActionFixture.Result result = action.set("INPUT_COMMAND", "deploi").push("main").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("input 'command' is 'deploi'; expected auto or one of: validate, bundle, deploy, preview, preview cleanup");
  }

  @Test
  void anOperationAskedForByNameRunsAloneOnAnyEvent() {
    ObjectNode dispatch = new ObjectMapper().createObjectNode();
    dispatch.putObject("repository").put("full_name", "acme/shop").put("default_branch", "main");

    ActionFixture.Result result = action.set("INPUT_COMMAND", "validate").set("GITHUB_REF", "refs/heads/main")
        .event("workflow_dispatch", dispatch).run();

    assertThat(result.summary()).contains("### StagingPro · main · `validate`", TestRepos.VALIDATE_PASSED)
        .doesNotContain("| `bundle` |");
    assertThat(result.log()).contains("::group::stagingpro validate");
    assertThat(TestRepos.exitAgreesWithReport(result)).isTrue();
    assertThat(github.requests()).as("no pull request: nothing to post").isEmpty();
  }
}
