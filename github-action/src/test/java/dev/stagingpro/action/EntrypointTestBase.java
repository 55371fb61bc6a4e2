package dev.stagingpro.action;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh GitHub API fake and runner layout with the test repository, for each entrypoint test. */
abstract class EntrypointTestBase {
  @TempDir Path temp;
  FakeGitHubApi github;
  ActionFixture action;

  @BeforeEach
  void startGitHubAndLayOutTheRunner() throws Exception {
    github = new FakeGitHubApi(ActionFixture.GITHUB_TOKEN);
    action = new ActionFixture(temp, github);
    TestRepos.demo(action);
  }

  @AfterEach
  void stopGitHub() {
    github.close();
  }
}
