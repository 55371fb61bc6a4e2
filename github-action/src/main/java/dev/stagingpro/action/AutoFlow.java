package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code command: auto} runs for the event that started the workflow, and which steps need
 * which: a pull request being updated is validated, bundled, previewed and planned; a closed one
 * has its preview cleaned up; a push to the default branch is released.
 */
final class AutoFlow {
  /** The steps to run, or none with the reason. */
  record Steps(List<Operation> operations, String reason) {}

  private static final Set<String> PULL_REQUEST_UPDATES = Set.of("opened", "synchronize", "reopened", "ready_for_review");
  /** A step is skipped when the step it needs failed or was skipped. */
  private static final Map<Operation, Operation> NEEDS = Map.of(
      Operation.BUNDLE, Operation.VALIDATE,
      Operation.PREVIEW, Operation.BUNDLE,
      Operation.PLAN, Operation.VALIDATE);
  /** The steps that need no store credentials, so a fork's pull request (which gets no secrets) can run them. */
  private static final Set<Operation> WITHOUT_SECRETS = EnumSet.of(Operation.VALIDATE, Operation.BUNDLE);

  private AutoFlow() {}

  static Steps forEvent(GitHubEvent event) {
    if (event.isPullRequest()) {
      if (PULL_REQUEST_UPDATES.contains(event.action())) {
        return new Steps(List.of(Operation.VALIDATE, Operation.BUNDLE, Operation.PREVIEW, Operation.PLAN), "");
      }
      if (event.action().equals("closed")) {
        return new Steps(List.of(Operation.PREVIEW_CLEANUP), "");
      }
      return new Steps(List.of(), "nothing to do for pull_request '" + event.action() + "' events");
    }
    if (event.name().equals("push")) {
      if (event.isPushToDefaultBranch()) {
        return new Steps(List.of(Operation.RELEASE), "");
      }
      return new Steps(List.of(), "push to " + event.ref().orElse("an unknown ref")
          + " is not to the default branch" + event.defaultBranch().map(b -> " (" + b + ")").orElse("") + ": nothing to release");
    }
    String got = event.name().isEmpty() ? "no event (GITHUB_EVENT_NAME is unset)" : "'" + event.name() + "' events";
    throw StagingProException.badInput("command 'auto' handles pull_request and push events, not " + got
        + "; set the input 'command' to the operation to run (for example: apply)");
  }

  static Optional<Operation> needs(Operation operation) {
    return Optional.ofNullable(NEEDS.get(operation));
  }

  static boolean needsSecrets(Operation operation) {
    return !WITHOUT_SECRETS.contains(operation);
  }
}
