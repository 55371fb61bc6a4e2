package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Manifest and theme problems found by the real core become {@code ::error file=…,line=…::}
 * annotations on the file as the pull request's diff names it, and one line each in the comment.
 */
class ProblemAnnotationsTest extends EntrypointTestBase {
  private static final String MISTYPED_KEY = """
      version: 1
      environments:
        staging:
          sandbox: staging
          tokn: x
      theme:
        path: theme
      """;

  @Test
  void aManifestProblemIsAnnotatedOnItsLineAndStopsTheStepsThatNeedAValidManifest() {
    ActionFixture.Result result = action.file("stagingpro.yml", MISTYPED_KEY).pullRequest("opened", 7, "acme/shop").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).contains("::error file=stagingpro.yml,line=5,col=5,title=StagingPro manifest::environments.staging.tokn: unknown key 'tokn'");
    assertThat(github.comments(7)).singleElement().satisfies(comment -> assertThat(comment.path("body").asText())
        .contains("| `validate` | ❌ failed | 1 problem in the manifest |", "stagingpro.yml:5:5: environments.staging.tokn: unknown key 'tokn'")
        .contains("| `bundle` | ⏭️ skipped | validate failed"));
  }

  @Test
  void themeProblemsAreAnnotatedOnTheThemeFilesInTheRepository() {
    ActionFixture.Result result = action.file("theme/templates/pages/home.html", "---\ntitle: [unclosed\n---\n<h1>Home</h1>\n")
        .pullRequest("opened", 7, "acme/shop").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.log()).containsPattern("::error file=theme/templates/pages/home.html,line=2,col=\\d+,title=StagingPro theme::front matter");
    assertThat(result.summary()).containsPattern("\\| `validate` \\| ❌ failed \\| 1 problem in the theme \\|")
        .containsPattern("theme/templates/pages/home.html:2:\\d+: front matter");
  }

  @Test
  void inAWorkingDirectoryTheAnnotationStillNamesThePathFromTheCheckout() {
    ActionFixture.Result result = action.set("INPUT_WORKING-DIRECTORY", "shop").file("shop/stagingpro.yml", MISTYPED_KEY)
        .pullRequest("opened", 7, "acme/shop").run();

    assertThat(result.log()).contains("::error file=shop/stagingpro.yml,line=5,col=5,title=StagingPro manifest::");
  }
}
