package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Secrets the Action reads are masked in the runner and absent from everything it writes. */
class SecretsTest extends EntrypointTestBase {

  @Test
  void secretsAreMaskedInTheRunnerAndAbsentFromLogOutputsSummaryAndComment() {
    ActionFixture.Result result = action.pullRequest("opened", 7, "acme/shop").run();

    assertThat(result.log()).contains("::add-mask::" + ActionFixture.GITHUB_TOKEN);
    assertThat(result.log()).as("the store token the manifest names").contains("::add-mask::" + TestRepos.STORE_TOKEN);
    String written = withoutMaskCommands(result.everything()) + "\n" + sentToGitHub();
    assertThat(written).isNotBlank().doesNotContain(ActionFixture.GITHUB_TOKEN).doesNotContain(TestRepos.STORE_TOKEN);
    assertThat(github.comments(7)).isNotEmpty();
  }

  @Test
  void aSecretEchoedInAnErrorIsMasked() {
    ActionFixture.Result result = action.set("INPUT_PR", ActionFixture.GITHUB_TOKEN).pullRequest("opened", 7, "acme/shop").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("input 'pr' is '****'; expected a number");
    assertThat(withoutMaskCommands(result.everything())).doesNotContain(ActionFixture.GITHUB_TOKEN);
  }

  @Test
  void theTokenReachesGitHubOnlyInTheAuthorizationHeader() {
    action.pullRequest("opened", 7, "acme/shop").run();

    assertThat(github.requests()).isNotEmpty().allSatisfy(request -> {
      assertThat(request.authorization()).endsWith(" " + ActionFixture.GITHUB_TOKEN);
      assertThat(request.path() + request.body()).doesNotContain(ActionFixture.GITHUB_TOKEN);
    });
  }

  private String sentToGitHub() {
    return github.requests().stream().map(r -> r.path() + " " + r.body()).collect(Collectors.joining("\n"));
  }

  private static String withoutMaskCommands(String text) {
    List<String> lines = text.lines().filter(line -> !line.startsWith("::add-mask::")).toList();
    return String.join("\n", lines);
  }
}
