package dev.stagingpro.action;

import dev.stagingpro.core.ops.Operation;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.HttpException;

/**
 * Puts a run's report on its pull request: the StagingPro comment (unless {@code comment: off})
 * and, when a preview was attempted, the commit status linking to it. GitHub refusing a write is
 * not the run's failure: it becomes a warning, and the job summary still has the report.
 */
record PullRequestReporting(ActionEnvironment env, ActionInputs inputs, GitHubEvent event, RunAccess access, WorkflowCommands commands) {
  static final String COMMENT_URL = "comment-url";
  /** GitHub refuses comment bodies over 65,536 characters; the marker and a margin come off. */
  static final int COMMENT_LIMIT = 65_000;
  private static final String DEFAULT_API_URL = "https://api.github.com";

  /** Adds {@code comment-url} to {@code outputs}, and to {@code notes} what could not be published. */
  void publish(ActionReport report, String markdown, Map<String, String> outputs, List<String> notes) {
    Optional<Integer> pullRequest = inputs.pullRequest().or(() -> event.pullRequest().map(GitHubEvent.PullRequest::number));
    Optional<StepResult> preview = report.step(Operation.PREVIEW).filter(s -> s.status() == StepResult.Status.PASSED || s.status() == StepResult.Status.FAILED);
    boolean comment = inputs.comment() && pullRequest.isPresent();
    if (!comment && preview.isEmpty()) {
      return;
    }
    if (access.cannotComment().isPresent()) {
      if (!access.isReadOnly()) {
        warn(access.cannotComment().get() + " The report is in the job summary.", notes);
      }
      return;
    }
    PullRequestPublisher publisher;
    try {
      publisher = PullRequestPublisher.connect(env.variable("GITHUB_API_URL").orElse(DEFAULT_API_URL),
          inputs.githubToken().orElseThrow(), event.repository());
    } catch (IOException e) {
      warn(refused("reach repository " + event.repository(), e), notes);
      return;
    }
    if (comment) {
      try {
        URL url = publisher.upsertComment(pullRequest.get(), ReportMarkdown.truncate(markdown, COMMENT_LIMIT, report.runUrl()));
        outputs.put(COMMENT_URL, String.valueOf(url));
        commands.line("pull-request comment: " + url);
      } catch (IOException e) {
        warn(refused("comment on pull request #" + pullRequest.get(), e), notes);
      }
    }
    preview.ifPresent(step -> status(publisher, step, report, notes));
  }

  private void status(PullRequestPublisher publisher, StepResult preview, ActionReport report, List<String> notes) {
    Optional<String> sha = event.headSha();
    if (sha.isEmpty()) {
      return;
    }
    boolean ready = preview.status() == StepResult.Status.PASSED;
    String target = report.output(ActionReport.PREVIEW_URL).filter(u -> ready).or(report::runUrl).orElse(null);
    try {
      publisher.status(sha.get(), ready ? GHCommitState.SUCCESS : GHCommitState.FAILURE, target,
          ready ? "Theme preview ready" : "Theme preview failed");
    } catch (IOException e) {
      warn(refused("set the commit status " + PullRequestPublisher.STATUS_CONTEXT, e), notes);
    }
  }

  private void warn(String message, List<String> notes) {
    commands.warning(message, WorkflowCommands.Location.NONE, "StagingPro");
    notes.add(message);
  }

  private static String refused(String what, IOException e) {
    String why = e.getMessage();
    if (e instanceof HttpException http) {
      int code = http.getResponseCode();
      why = "HTTP " + code + (code == 403 || code == 404
          ? ": the token may not write here; pull requests from forks get a read-only token, otherwise give the workflow"
              + " `permissions: pull-requests: write` and `statuses: write`"
          : "");
    }
    return "Could not " + what + " (" + why + "). The report is in the job summary.";
  }
}
