package dev.stagingpro.action;

import dev.stagingpro.core.secret.Secret;
import java.io.IOException;
import java.net.URL;
import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHubBuilder;

/**
 * Writes to the pull request through the GitHub REST API (github-api, against {@code
 * GITHUB_API_URL} so GitHub Enterprise Server works too): the one StagingPro comment, found by its
 * hidden marker and edited in place, and the commit status that carries the preview link.
 */
final class PullRequestPublisher {
  /** Identifies our comment among all others; keep it byte-identical across versions. */
  static final String MARKER = "<!-- stagingpro:pr-comment -->";
  static final String STATUS_CONTEXT = "stagingpro/preview";

  private final GHRepository repository;

  private PullRequestPublisher(GHRepository repository) {
    this.repository = repository;
  }

  static PullRequestPublisher connect(String apiUrl, Secret token, String repository) throws IOException {
    return new PullRequestPublisher(
        new GitHubBuilder().withEndpoint(apiUrl).withOAuthToken(token.reveal()).build().getRepository(repository));
  }

  /**
   * Creates the comment, or replaces the body of the one that carries {@link #MARKER} (left
   * untouched when the body is the same). Returns the comment's address.
   */
  URL upsertComment(int pullRequest, String body) throws IOException {
    String marked = MARKER + "\n" + body;
    GHIssue issue = repository.getIssue(pullRequest);
    for (GHIssueComment comment : issue.listComments()) {
      if (comment.getBody() != null && comment.getBody().contains(MARKER)) {
        if (!comment.getBody().equals(marked)) {
          comment.update(marked);
        }
        return comment.getHtmlUrl();
      }
    }
    return issue.comment(marked).getHtmlUrl();
  }

  void status(String sha, GHCommitState state, String targetUrl, String description) throws IOException {
    repository.createCommitStatus(sha, state, targetUrl, description, STATUS_CONTEXT);
  }
}
