package dev.stagingpro.core.theme;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.git.DirectoryTree;
import dev.stagingpro.core.git.GitRepository;
import dev.stagingpro.core.git.SourceTree;
import dev.stagingpro.core.git.TemporaryCheckout;
import dev.stagingpro.core.manifest.Manifest;
import dev.stagingpro.core.manifest.ThemeSpec;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationHandler;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.ops.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bundle}: builds the zip of the manifest's theme from a Git ref (read straight from Git, or
 * from a temporary checkout when the theme has a build command) or from the working tree. Outputs:
 * {@code bundle} (path), {@code checksum} (SHA-256) and {@code changed} (false when the same bytes
 * were already there).
 */
public final class BundleHandler implements OperationHandler {
  @Override
  public OperationResult run(Workspace workspace, OperationRequest request) {
    Manifest manifest = workspace.loadManifest(false);
    ThemeSpec spec = manifest.theme().orElseThrow(() -> StagingProException.badInput(
        workspace.manifestFile() + ": no theme is declared; add theme: path: <folder of the Stencil theme>"));
    return bundle(workspace, request, spec);
  }

  /** Bundles the theme {@code spec} describes, as the request asks (ref, out). */
  public OperationResult bundle(Workspace workspace, OperationRequest request, ThemeSpec spec) {
    Path themeDir = workspace.repoRoot().resolve(spec.path()).normalize();
    String prefix = Theme.displayPrefix(workspace.repoRoot(), themeDir);
    Optional<GitRepository> git = GitRepository.find(workspace.repoRoot());
    try {
      if (request.ref().isPresent()) {
        GitRepository repository = git.orElseThrow(() -> StagingProException.badInput(
            "--ref " + request.ref().get() + " needs a Git repository, but " + workspace.repoRoot() + " is not in one"));
        return bundleCommit(workspace, request, spec, repository, repository.resolve(request.ref().get()), themeDir, prefix);
      }
      spec.buildCommand().ifPresent(command -> ThemeBuildRunner.run(command, themeDir, spec.buildTimeout(), workspace.listener()));
      String version = git.map(repository -> workingTreeVersion(repository, themeDir)).orElse("worktree");
      return bundle(workspace, request, Theme.inWorkingTree(workspace.repoRoot(), themeDir), themeDir, version, "working tree");
    } finally {
      git.ifPresent(GitRepository::close);
    }
  }

  private OperationResult bundleCommit(Workspace workspace, OperationRequest request, ThemeSpec spec, GitRepository repository,
      GitRepository.Commit commit, Path themeDir, String prefix) {
    String themePath = repository.relativePath(themeDir);
    String source = "commit " + commit.sha() + " (" + commit.ref() + ")";
    if (spec.buildCommand().isEmpty()) {
      SourceTree tree = repository.tree(commit, themePath);
      return bundle(workspace, request, new Theme(tree, prefix), themeDir, commit.shortSha(), source);
    }
    // The build needs real files (and writes some), so it runs in a checkout of its own.
    try (TemporaryCheckout checkout = repository.checkout(commit)) {
      Path builtTheme = checkout.root().resolve(themePath);
      ThemeBuildRunner.run(spec.buildCommand().get(), builtTheme, spec.buildTimeout(), workspace.listener());
      return bundle(workspace, request, new Theme(new DirectoryTree(builtTheme), prefix), themeDir, commit.shortSha(), source);
    }
  }

  private OperationResult bundle(Workspace workspace, OperationRequest request, Theme theme, Path themeDir, String version, String source) {
    Path out = request.out().map(p -> workspace.repoRoot().resolve(p))
        .orElseGet(() -> workspace.stateDir().resolve("bundles").resolve(themeName(theme, themeDir) + "-" + version + ".zip"));
    workspace.listener().info("bundling " + theme.displayPrefix() + " from " + source);
    ThemeBundler.Result result = ThemeBundler.bundle(theme, out, ThemeBundler.Options.DEFAULT, workspace.listener());
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("bundle", result.zip().toString());
    outputs.put("checksum", result.sha256());
    outputs.put("changed", Boolean.toString(result.changed()));
    List<String> lines = new ArrayList<>();
    lines.add("Bundled " + theme.displayPrefix() + " from " + source);
    lines.add("  zip:      " + result.zip() + " (" + result.bytes() + " bytes, " + result.entries() + " entries)");
    lines.add("  sha256:   " + result.sha256());
    lines.add("  changed:  " + result.changed());
    result.warnings().forEach(w -> lines.add("  warning:  " + w.describe(theme.displayPrefix())));
    return OperationResult.success(Operation.BUNDLE, lines, outputs, result);
  }

  /** The short SHA of HEAD, with {@code -dirty} when the theme folder has uncommitted changes. */
  private static String workingTreeVersion(GitRepository repository, Path themeDir) {
    return repository.head()
        .map(head -> head.shortSha() + (repository.isClean(repository.relativePath(themeDir)) ? "" : "-dirty"))
        .orElse("worktree");
  }

  /** config.json's name as a file-name slug, else the theme folder's name. */
  static String themeName(Theme theme, Path themeDir) {
    String name = theme.json(Theme.CONFIG).filter(Theme.Json::ok).map(j -> j.document().root().path("name").asText(""))
        .orElse("");
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (!slug.isEmpty()) {
      return slug;
    }
    Path folder = themeDir.getFileName();
    return folder == null ? "theme" : folder.toString();
  }
}
