package dev.stagingpro.core.ops;

import java.util.Optional;

/**
 * Who runs an operation and from where, for history, locks, reports and approvals: the CI actor,
 * the CI run's URL, and whether output goes to a CI log (plain lines) or a terminal.
 */
public record CiContext(Optional<String> actor, Optional<String> runUrl, boolean inCi) {
  public static final CiContext LOCAL = new CiContext(Optional.empty(), Optional.empty(), false);

  /** Reads the usual CI variables (GitHub Actions, Jenkins, generic {@code CI=true}). */
  public static CiContext fromEnvironment(java.util.function.Function<String, String> env) {
    Optional<String> actor = first(env, "GITHUB_ACTOR", "BUILD_USER_ID", "USER");
    Optional<String> runUrl = first(env, "BUILD_URL");
    Optional<String> server = first(env, "GITHUB_SERVER_URL");
    Optional<String> repo = first(env, "GITHUB_REPOSITORY");
    Optional<String> run = first(env, "GITHUB_RUN_ID");
    if (runUrl.isEmpty() && server.isPresent() && repo.isPresent() && run.isPresent()) {
      runUrl = Optional.of(server.get() + "/" + repo.get() + "/actions/runs/" + run.get());
    }
    boolean inCi = first(env, "CI", "JENKINS_URL", "GITHUB_ACTIONS").isPresent();
    return new CiContext(actor, runUrl, inCi);
  }

  private static Optional<String> first(java.util.function.Function<String, String> env, String... names) {
    for (String name : names) {
      String value = env.apply(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
