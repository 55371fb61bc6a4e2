package dev.stagingpro.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.git.GitRepository;
import dev.stagingpro.core.json.JsonMappers;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.Workspace;
import dev.stagingpro.core.theme.BundleHandler;
import dev.stagingpro.core.theme.ThemeBundler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The repository's theme at a Git ref or in the working tree: which commit and theme-folder tree
 * it is (cheap, for change detection), and its bundle (through the bundler of the {@code bundle}
 * operation, so deploy uploads exactly what {@code stagingpro bundle} builds).
 */
final class ThemeSource {
  /**
   * @param commit the commit whose theme folder this is exactly; empty for a working tree with
   *     uncommitted theme changes or outside Git (such a deployment cannot be rebuilt later)
   * @param themeTree the Git tree id of the theme folder at {@code commit}
   */
  record Revision(Optional<String> commit, Optional<String> themeTree, String label) {}

  /** A built bundle and the theme name in its config.json. */
  record Built(Path zip, String sha256, String themeName) {}

  private ThemeSource() {}

  static Revision revision(Workspace workspace, ThemeSpec spec, Optional<String> ref) {
    Path themeDir = workspace.repoRoot().resolve(spec.path()).normalize();
    Optional<GitRepository> found = GitRepository.find(workspace.repoRoot());
    if (found.isEmpty()) {
      if (ref.isPresent()) {
        throw StagingProException.badInput("--ref " + ref.get() + " needs a Git repository, but " + workspace.repoRoot() + " is not in one");
      }
      return new Revision(Optional.empty(), Optional.empty(), "working tree (not in Git)");
    }
    try (GitRepository git = found.get()) {
      String themePath = git.relativePath(themeDir);
      if (ref.isPresent()) {
        GitRepository.Commit commit = git.resolve(ref.get());
        return new Revision(Optional.of(commit.sha()), git.treeId(commit, themePath), "commit " + commit.shortSha() + " (" + ref.get() + ")");
      }
      Optional<GitRepository.Commit> head = git.head();
      if (head.isEmpty() || !git.isClean(themePath)) {
        return new Revision(Optional.empty(), Optional.empty(), "working tree with uncommitted theme changes");
      }
      return new Revision(Optional.of(head.get().sha()), git.treeId(head.get(), themePath),
          "working tree at commit " + head.get().shortSha());
    }
  }

  static Built bundle(Workspace workspace, ThemeSpec spec, Optional<String> ref) {
    OperationRequest request = OperationRequest.builder(Operation.BUNDLE).ref(ref.orElse(null)).build();
    ThemeBundler.Result result = (ThemeBundler.Result) new BundleHandler().bundle(workspace, request, spec).data();
    return new Built(result.zip(), result.sha256(), themeName(result.zip()));
  }

  /** The {@code name} in a bundle's config.json (the store names the theme after it). */
  static String themeName(Path zip) {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry config = file.getEntry("config.json");
      if (config == null) {
        throw StagingProException.failed("The theme bundle " + zip + " has no config.json");
      }
      try (InputStream in = file.getInputStream(config)) {
        JsonNode name = JsonMappers.standard().readTree(in).path("name");
        return name.isTextual() && !name.asText().isBlank() ? name.asText() : zip.getFileName().toString();
      }
    } catch (IOException e) {
      throw StagingProException.failed("Cannot read the theme bundle " + zip + ": " + e.getMessage(), e);
    }
  }
}
