package dev.stagingpro.action;

import dev.stagingpro.core.ops.CiContext;
import java.util.Optional;

/**
 * What this run may do on GitHub and with the stores. Pull requests from forks, and Dependabot's,
 * get a read-only token and no repository secrets: such runs check what they can, write nothing,
 * and report in the job summary. Without a token there is nobody to post the comment as.
 */
record RunAccess(Optional<String> readOnly, Optional<String> cannotComment) {
  static final String DEPENDABOT = "dependabot[bot]";

  static RunAccess of(GitHubEvent event, ActionInputs inputs, CiContext ci) {
    Optional<String> readOnly = event.pullRequest().filter(GitHubEvent.PullRequest::fromFork)
        .map(pr -> "This pull request comes from a fork (" + (pr.headRepository().isEmpty() ? "a deleted repository" : pr.headRepository())
            + "): GitHub gives its runs a read-only token and no repository secrets.")
        .or(() -> ci.actor().filter(DEPENDABOT::equals).filter(a -> event.isPullRequest())
            .map(a -> "Dependabot's pull requests get a read-only token and no repository secrets."));
    Optional<String> cannotComment = readOnly.isPresent() ? readOnly
        : inputs.githubToken().isEmpty() ? Optional.of("No github-token was given, so nothing can be posted to the pull request.") : Optional.empty();
    return new RunAccess(readOnly, cannotComment);
  }

  boolean isReadOnly() {
    return readOnly.isPresent();
  }
}
