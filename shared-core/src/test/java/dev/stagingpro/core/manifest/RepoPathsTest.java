package dev.stagingpro.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths in the manifest cannot leave the repository: no absolute paths, no '..', no symbolic link out. */
class RepoPathsTest {
  private static final String HEAD = """
      version: 1
      environments:
        staging:
          sandbox: staging
      """;

  @TempDir Path dir;
  private Path outside;
  private TestRepo repo;

  @BeforeEach
  void setUp() throws Exception {
    repo = new TestRepo(dir.resolve("repo"));
    outside = Files.createDirectories(dir.resolve("outside"));
  }

  private String theme(String path) {
    return HEAD + "theme:\n  path: " + path + "\n";
  }

  @Test
  void absolutePathsAreRefused() {
    assertThat(repo.problems(theme(outside.toString()))).containsExactly(
        "stagingpro.yml:6:9: theme.path: '" + outside + "' is an absolute path; write a path relative to the repository root");
    assertThat(repo.problems(theme("'C:\\themes\\shop'"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: 'C:\\themes\\shop' is an absolute path; write a path relative to the repository root");
  }

  @Test
  void dotDotIsRefusedEvenWhenItWouldComeBackInside() {
    assertThat(repo.problems(theme("../repo/theme"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: '../repo/theme' uses '..'; paths must stay inside the repository");
    assertThat(repo.problems(theme("theme/../theme"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: 'theme/../theme' uses '..'; paths must stay inside the repository");
  }

  @Test
  void symbolicLinkLeadingOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(repo.root.resolve("linked-theme"), outside);
    assertThat(repo.problems(theme("linked-theme"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: 'linked-theme' is a symbolic link that leads outside the repository");
    Files.createDirectories(outside.resolve("data"));
    Files.createSymbolicLink(repo.root.resolve("data/external"), outside.resolve("data"));
    assertThat(repo.problems(HEAD + """
        migrations:
          - id: seed
            from: { folder: data/external }
            to: staging
            mode: bulk
            entities: [brands]
        """)).containsExactly(
        "stagingpro.yml:7:21: migrations[0].from.folder: 'data/external' is a symbolic link that leads outside the repository");
  }

  @Test
  void symbolicLinkInsideTheRepositoryIsFine() throws Exception {
    Files.createSymbolicLink(repo.root.resolve("current-theme"), repo.root.resolve("theme"));
    assertThat(repo.load(theme("current-theme")).theme().orElseThrow().path()).isEqualTo(repo.root.resolve("current-theme"));
  }

  @Test
  void missingFoldersAndFilesAreNamed() throws Exception {
    Files.writeString(repo.root.resolve("theme.zip"), "not a folder");
    assertThat(repo.problems(theme("themes"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: 'themes' does not exist in the repository");
    assertThat(repo.problems(theme("theme.zip"))).containsExactly(
        "stagingpro.yml:6:9: theme.path: 'theme.zip' is a file; give the folder");
  }
}
