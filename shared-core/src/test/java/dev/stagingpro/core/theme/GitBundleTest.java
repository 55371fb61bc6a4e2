package dev.stagingpro.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.OperationRunner;
import dev.stagingpro.core.ops.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle operation on real Git repositories: refs read from Git, builds in a temporary checkout. */
class GitBundleTest {
  @TempDir Path repo;
  final List<ProgressEvent> events = new ArrayList<>();
  Workspace workspace;
  Git git;
  String firstCommit;

  @BeforeEach
  void repositoryWithTheExampleTheme() throws Exception {
    ThemeFixtures.copy(ThemeFixtures.DEMO, repo.resolve("shop/theme"));
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    firstCommit = commit("Add the theme");
    workspace = new Workspace(repo, repo.resolve("stagingpro.yml"), EnvLookup.of(Map.of()), events::add, Clock.systemUTC());
  }

  private String commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com")
        .setSign(false).call().getId().name();
  }

  private OperationResult bundle(String ref, Path out, Optional<String> build) {
    ThemeSpec spec = new ThemeSpec(Path.of("shop/theme"), build, Duration.ofSeconds(30), Optional.empty(), List.of());
    OperationRequest request = OperationRequest.builder(Operation.BUNDLE).ref(ref).out(out).build();
    return new BundleHandler().bundle(workspace, request, spec);
  }

  @Test
  void aCommitBundlesTheSameAsItsCleanWorkingTreeAndByDefaultUnderStagingproBundles() {
    OperationResult fromWorkingTree = bundle(null, null, Optional.empty());
    OperationResult fromCommit = bundle("main", repo.resolve("c.zip"), Optional.empty());

    String shortSha = firstCommit.substring(0, 7);
    assertThat(fromWorkingTree.outputs().get("bundle"))
        .isEqualTo(repo.resolve(".stagingpro/bundles/demo-store-" + shortSha + ".zip").toString());
    assertThat(fromCommit.outputs().get("checksum")).isEqualTo(fromWorkingTree.outputs().get("checksum"));
    assertThat(fromCommit.outputs().get("changed")).isEqualTo("true");
  }

  @Test
  void anOlderCommitIgnoresLaterChangesAndGivesOneChecksum() throws Exception {
    String before = bundle(firstCommit, repo.resolve("a.zip"), Optional.empty()).outputs().get("checksum");
    ThemeFixtures.replace(repo.resolve("shop/theme"), "templates/pages/page.html", "page-heading", "page-title");
    commit("Rename a class");
    ThemeFixtures.write(repo.resolve("shop/theme"), "assets/js/uncommitted.js", "// not committed\n");

    OperationResult again = bundle(firstCommit, repo.resolve("b.zip"), Optional.empty());
    assertThat(again.outputs().get("checksum")).isEqualTo(before);
    assertThat(Files.exists(repo.resolve("a.zip"))).isTrue();
    assertThat(bundle("HEAD", repo.resolve("c.zip"), Optional.empty()).outputs().get("checksum")).isNotEqualTo(before);
    assertThat(bundle(null, null, Optional.empty()).outputs().get("bundle")).endsWith("-dirty.zip");
  }

  @Test
  void aRefWithABuildIsBuiltInATemporaryCheckoutWithStreamedOutput() throws Exception {
    OperationResult result = bundle(firstCommit, repo.resolve("built.zip"),
        Optional.of("echo building && mkdir -p assets/dist && echo 'bundle();' > assets/dist/theme-bundle.js"));

    assertThat(BundleGoldenTest.entryNames(Path.of(result.outputs().get("bundle")))).contains("assets/dist/", "assets/dist/theme-bundle.js");
    assertThat(events).anyMatch(e -> e.message().equals("build | building"));
    assertThat(repo.resolve("shop/theme/assets/dist")).doesNotExist();
  }

  @Test
  void theBundleOperationReadsTheThemeFromTheManifest() {
    ThemeFixtures.write(repo, "stagingpro.yml", "version: 1\nenvironments:\n  staging:\n    sandbox: staging\ntheme:\n  path: shop/theme\n");
    OperationResult result = OperationRunner.standard().run(workspace,
        OperationRequest.builder(Operation.BUNDLE).ref("main").out(Path.of("out/theme.zip")).build());

    assertThat(result.success()).isTrue();
    assertThat(result.outputs()).containsEntry("bundle", repo.resolve("out/theme.zip").toString()).containsEntry("changed", "true")
        .containsKey("checksum");
    assertThat(result.lines()).anyMatch(line -> line.startsWith("Bundled shop/theme/ from commit " + firstCommit));
  }

  @Test
  void anUnknownRefIsBadInput() {
    assertThatThrownBy(() -> bundle("no-such-branch", repo.resolve("x.zip"), Optional.empty()))
        .isInstanceOf(StagingProException.class).hasMessageContaining("Git ref 'no-such-branch' does not name a commit")
        .satisfies(e -> assertThat(((StagingProException) e).exitCode()).isEqualTo(StagingProException.EXIT_BAD_INPUT));
  }
}
