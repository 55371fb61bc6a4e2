package dev.stagingpro.action;

import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;

/**
 * Maps the Action's inputs and event onto a core request, field by field under the same names.
 * The pull-request number comes from the {@code pr} input or the event; approval carries the
 * {@code approve} input and the workflow's actor, which the core checks against the approvers.
 */
record RequestFactory(ActionInputs inputs, GitHubEvent event, CiContext ci) {
  OperationRequest request(Operation operation) {
    return inputs.requestFields().apply(OperationRequest.builder(operation))
        .approval(new Approval(inputs.approve(), ci.actor()))
        .pullRequest(inputs.pullRequest().or(() -> event.pullRequest().map(GitHubEvent.PullRequest::number)).orElse(null))
        .ci(ci)
        .build();
  }
}
