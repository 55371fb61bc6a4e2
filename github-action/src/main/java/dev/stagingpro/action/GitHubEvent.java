package dev.stagingpro.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stagingpro.core.StagingProException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The event that started the workflow: its name ({@code GITHUB_EVENT_NAME}), the payload at
 * {@code GITHUB_EVENT_PATH}, and the few context variables the flow needs. Only the payload fields
 * the Action uses are read.
 */
record GitHubEvent(
    String name,
    String action,
    String repository,
    Optional<String> ref,
    Optional<String> sha,
    Optional<String> defaultBranch,
    Optional<PullRequest> pullRequest) {

  /** The pull request of a {@code pull_request} event. */
  record PullRequest(int number, String headSha, String headRepository, String baseRepository) {
    /** A fork's pull request gets a read-only token and no secrets. A deleted fork has no head repository. */
    boolean fromFork() {
      return headRepository.isEmpty() || !headRepository.equalsIgnoreCase(baseRepository);
    }
  }

  static GitHubEvent read(ActionEnvironment env) {
    JsonNode payload = env.variable("GITHUB_EVENT_PATH").map(GitHubEvent::parse).orElse(MissingNode.getInstance());
    String repository = env.variable("GITHUB_REPOSITORY").orElse(payload.path("repository").path("full_name").asText(""));
    JsonNode pr = payload.path("pull_request");
    Optional<PullRequest> pullRequest = pr.isObject()
        ? Optional.of(new PullRequest(
            pr.path("number").asInt(payload.path("number").asInt()),
            pr.path("head").path("sha").asText(""),
            pr.path("head").path("repo").path("full_name").asText(""),
            pr.path("base").path("repo").path("full_name").asText(repository)))
        : Optional.empty();
    return new GitHubEvent(
        env.variable("GITHUB_EVENT_NAME").orElse(""),
        payload.path("action").asText(""),
        repository,
        env.variable("GITHUB_REF").or(() -> text(payload.path("ref"))),
        env.variable("GITHUB_SHA").or(() -> text(payload.path("after"))),
        text(payload.path("repository").path("default_branch")),
        pullRequest);
  }

  boolean isPullRequest() {
    return name.equals("pull_request") || name.equals("pull_request_target");
  }

  boolean isPushToDefaultBranch() {
    return name.equals("push") && defaultBranch.isPresent() && ref.equals(defaultBranch.map(b -> "refs/heads/" + b));
  }

  /** The commit a pull request's preview is built from: its head, not the test-merge commit in GITHUB_SHA. */
  Optional<String> headSha() {
    return pullRequest.map(PullRequest::headSha).filter(s -> !s.isEmpty()).or(this::sha);
  }

  private static JsonNode parse(String path) {
    try {
      return new ObjectMapper().readTree(Files.readString(Path.of(path)));
    } catch (IOException e) {
      throw StagingProException.badInput("cannot read the event payload GITHUB_EVENT_PATH=" + path + ": " + e.getMessage());
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
  }
}
