package dev.stagingpro.core.git;

import dev.stagingpro.core.StagingProException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The Git repository around a folder, opened with JGit: refs, trees of commits, checkouts. */
public final class GitRepository implements AutoCloseable {
  /** A commit that a ref named. */
  public record Commit(ObjectId id, String ref) {
    public String sha() {
      return id.name();
    }

    public String shortSha() {
      return id.abbreviate(7).name();
    }
  }

  private final Repository repository;

  private GitRepository(Repository repository) {
    this.repository = repository;
  }

  /** The repository that holds {@code folder}, if it is inside one with a working tree. */
  public static Optional<GitRepository> find(Path folder) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        return Optional.empty();
      }
      return Optional.of(new GitRepository(repository));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Git repository at " + builder.getGitDir(), e);
    }
  }

  public Path workTree() {
    return repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** {@code folder} relative to the working tree, with {@code /} separators ("" for the top). */
  public String relativePath(Path folder) {
    Path relative = workTree().relativize(folder.toAbsolutePath().normalize());
    if (relative.startsWith("..")) {
      throw StagingProException.badInput(folder + " is outside the Git repository " + workTree());
    }
    return relative.toString().replace('\\', '/');
  }

  /** The commit a ref (branch, tag, SHA, {@code HEAD~2}, ...) names, or a bad-input error. */
  public Commit resolve(String ref) {
    try {
      ObjectId id = repository.resolve(ref + "^{commit}");
      if (id == null) {
        throw StagingProException.badInput("Git ref '" + ref + "' does not name a commit in " + workTree()
            + "; give a branch, tag or commit SHA that exists locally (fetch it first in CI)");
      }
      return new Commit(id, ref);
    } catch (IOException e) {
      throw StagingProException.badInput("Git ref '" + ref + "' cannot be read in " + workTree() + ": " + e.getMessage());
    }
  }

  /** The commit checked out now, if the repository has one. */
  public Optional<Commit> head() {
    try {
      ObjectId id = repository.resolve(Constants.HEAD + "^{commit}");
      return Optional.ofNullable(id).map(i -> new Commit(i, Constants.HEAD));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The folder {@code path} (relative to the working tree) as it is in {@code commit}. */
  public SourceTree tree(Commit commit, String path) {
    ObjectId tree = treeObject(commit, path).orElseThrow(() ->
        StagingProException.badInput("commit " + commit.shortSha() + " (" + commit.ref() + ") has no folder '" + path + "'"));
    return new GitTree(repository, tree, "commit " + commit.shortSha() + (path.isEmpty() ? "" : " " + path));
  }

  /**
   * The Git id of the folder {@code path} in {@code commit}: two commits with the same id have the
   * same files there (deployments compare it to skip unchanged themes).
   */
  public Optional<String> treeId(Commit commit, String path) {
    return treeObject(commit, path).map(ObjectId::name);
  }

  private Optional<ObjectId> treeObject(Commit commit, String path) {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId tree = walk.parseCommit(commit.id()).getTree();
      if (path.isEmpty()) {
        return Optional.of(tree);
      }
      try (TreeWalk found = TreeWalk.forPath(repository, path, tree)) {
        return found == null || !found.isSubtree() ? Optional.empty() : Optional.of(found.getObjectId(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read commit " + commit.sha(), e);
    }
  }

  /** Whether the working tree has no changes (tracked or untracked) under {@code path}. */
  public boolean isClean(String path) {
    try (Git git = new Git(repository)) {
      var status = git.status();
      if (!path.isEmpty()) {
        status.addPath(path);
      }
      return status.call().isClean();
    } catch (GitAPIException e) {
      throw StagingProException.failed("cannot read the Git status of " + workTree() + ": " + e.getMessage(), e);
    }
  }

  /** Writes every file of {@code commit} into a new temporary folder, deleted on close. */
  public TemporaryCheckout checkout(Commit commit) {
    return TemporaryCheckout.of(repository, commit);
  }

  @Override
  public void close() {
    repository.close();
  }
}
