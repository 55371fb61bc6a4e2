package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code command: auto} on pull requests, end to end in-process: the real core runner, a workspace
 * with a manifest on disk, and GitHub's REST API faked on loopback.
 */
class PullRequestFlowTest extends EntrypointTestBase {

  @Test
  void openedPullRequestGetsOneCommentWithEveryStepAndAStatusWhenAPreviewRan() {
    ActionFixture.Result result = action.pullRequest("opened", 7, "acme/shop").run();

    List<ObjectNode> comments = github.comments(7);
    assertThat(comments).hasSize(1);
    String body = comments.get(0).path("body").asText();
    assertThat(body).startsWith(PullRequestPublisher.MARKER).contains("### StagingPro · pull request #7 · auto");
    for (Operation step : List.of(Operation.VALIDATE, Operation.BUNDLE, Operation.PREVIEW, Operation.PLAN)) {
      assertThat(body).as("row for %s", step).contains("| `" + step.cliName() + "` | ✅ passed |");
    }
    assertThat(body).contains(TestRepos.VALIDATE_PASSED);
    assertThat(body).contains("commit `0123456789ab`", "[workflow run](" + ActionFixture.RUN_URL + ")");
    // the preview is deployed to the manifest's embedded sandbox store 'staging'
    assertThat(body).contains("| `preview` | ✅ passed |");
    String previewUrl = result.outputs().get(ActionReport.PREVIEW_URL);
    assertThat(previewUrl).startsWith("https://");
    assertThat(body).contains("[Open the theme preview](" + previewUrl + ")", "theme `" + result.outputs().get(ActionReport.THEME_ID) + "`");
    assertThat(github.statuses()).singleElement().satisfies(status -> {
      assertThat(status.path("context").asText()).isEqualTo(PullRequestPublisher.STATUS_CONTEXT);
      assertThat(status.path("state").asText()).isEqualTo("success");
      assertThat(status.path("target_url").asText()).isEqualTo(previewUrl);
      assertThat(status.path("sha").asText()).as("the PR's head, not the merge commit").isEqualTo(ActionFixture.HEAD_SHA);
    });
    assertThat(result.outputs()).containsEntry(PullRequestReporting.COMMENT_URL, comments.get(0).path("html_url").asText());
    if (result.outputs().containsKey("bundle")) {
      assertThat(result.outputs().get("bundle")).as("a path later steps can open on the runner").startsWith(".stagingpro/")
          .satisfies(path -> assertThat(action.workspace.resolve(path)).isRegularFile());
    }
    assertThat(TestRepos.exitAgreesWithReport(result)).as("exit %s for:\n%s", result.exitCode(), result.summary()).isTrue();
  }

  @Test
  void laterRunsEditTheSameCommentAndLeaveOtherCommentsAlone() {
    github.addComment(7, "Looks good to me", "octocat");
    action.pullRequest("opened", 7, "acme/shop").run();
    long ours = github.comments(7).get(1).path("id").asLong();

    action.set("GITHUB_RUN_ID", "43").pullRequest("synchronize", 7, "acme/shop").run();

    assertThat(github.comments(7)).hasSize(2);
    assertThat(github.comments(7).get(0).path("body").asText()).isEqualTo("Looks good to me");
    assertThat(github.comments(7).get(1).path("id").asLong()).isEqualTo(ours);
    assertThat(github.comments(7).get(1).path("body").asText()).contains("/actions/runs/43").doesNotContain("/actions/runs/42");
    assertThat(github.writes()).filteredOn(r -> r.path().contains("/comments")).extracting(Object::toString)
        .containsExactly("POST /repos/acme/shop/issues/7/comments", "PATCH /repos/acme/shop/issues/comments/" + ours);
  }

  @Test
  void anUnchangedReportIsNotWrittenAgain() {
    // validate alone: its report depends only on the repository, unlike bundle's "changed"
    action.set("INPUT_COMMAND", "validate").pullRequest("opened", 7, "acme/shop").run();
    action.pullRequest("synchronize", 7, "acme/shop").run();

    assertThat(github.writes()).filteredOn(r -> r.path().contains("/comments")).hasSize(1);
  }

  @Test
  void forkPullRequestRunsReadOnlyAndReportsInTheSummary() {
    github.readOnly(true);
    action.set("BC_PRODUCTION_TOKEN", null);

    ActionFixture.Result result = action.pullRequest("opened", 9, "forker/shop").run();

    assertThat(github.writes()).isEmpty();
    assertThat(result.log()).contains("::warning title=StagingPro%3A read-only run::This pull request comes from a fork (forker/shop)");
    assertThat(result.summary()).contains("> [!WARNING]", "comes from a fork (forker/shop)", "nothing was written to any store")
        .contains("Not available to this run, so not checked: `BC_PRODUCTION_TOKEN`.")
        .contains(TestRepos.skippedRow(Operation.PREVIEW, "needs repository secrets"))
        .contains(TestRepos.skippedRow(Operation.PLAN, "needs repository secrets"));
    assertThat(result.summary()).contains(TestRepos.VALIDATE_PASSED);
    assertThat(result.outputs()).containsKey(ActionReport.SUMMARY).doesNotContainKey(PullRequestReporting.COMMENT_URL);
    assertThat(TestRepos.exitAgreesWithReport(result)).as("exit %s for:\n%s", result.exitCode(), result.summary()).isTrue();
  }

  @Test
  void aTokenThatMayNotWriteBecomesAWarningNotAFailure() {
    github.readOnly(true);

    ActionFixture.Result result = action.pullRequest("opened", 7, "acme/shop").run();

    assertThat(github.comments(7)).isEmpty();
    assertThat(result.log()).contains("::warning title=StagingPro::Could not comment on pull request #7 (HTTP 403");
    assertThat(result.summary()).contains("> [!NOTE]", "Could not comment on pull request #7 (HTTP 403", "pull-requests: write");
    assertThat(TestRepos.exitAgreesWithReport(result)).as("exit %s for:\n%s", result.exitCode(), result.summary()).isTrue();
  }

  @Test
  void closedPullRequestCleansUpItsPreviewAndUpdatesTheComment() {
    String themeId = action.pullRequest("opened", 7, "acme/shop").run().outputs().get(ActionReport.THEME_ID);

    ActionFixture.Result closed = action.set("GITHUB_RUN_ID", "44").pullRequest("closed", 7, "acme/shop").run();

    assertThat(closed.exitCode()).isZero();
    assertThat(github.comments(7)).singleElement().satisfies(comment -> assertThat(comment.path("body").asText())
        .contains("| `preview cleanup` | ✅ passed |", "deleted theme " + themeId)
        .doesNotContain("| `validate` |", "Open the theme preview"));
    assertThat(github.statuses()).as("only the opened run's").hasSize(1);
  }

  @Test
  void otherPullRequestActivitiesDoNothing() {
    ActionFixture.Result result = action.pullRequest("labeled", 7, "acme/shop").run();

    assertThat(result.exitCode()).isZero();
    assertThat(github.requests()).isEmpty();
    assertThat(result.summary()).contains("Nothing to do: nothing to do for pull_request 'labeled' events");
  }

  @Test
  void commentOffKeepsTheReportInTheSummaryOnly() {
    ActionFixture.Result result = action.set("INPUT_COMMENT", "off").pullRequest("opened", 7, "acme/shop").run();

    assertThat(github.comments(7)).isEmpty();
    assertThat(result.summary()).contains("### StagingPro · pull request #7 · auto");
  }

  @Test
  void withoutATokenNothingIsPostedAndTheWarningSaysWhy() {
    ActionFixture.Result result = action.set("INPUT_GITHUB-TOKEN", "").pullRequest("opened", 7, "acme/shop").run();

    assertThat(github.requests()).isEmpty();
    assertThat(result.log()).contains("::warning title=StagingPro::No github-token was given");
    assertThat(result.summary()).contains("No github-token was given");
  }
}
