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
final class RequestFactory {
  private final ActionInputs inputs;
  private final GitHubEvent event;
  private final CiContext ci;

  RequestFactory(ActionInputs inputs, GitHubEvent event, CiContext ci) {
    this.inputs = inputs;
    this.event = event;
    this.ci = ci;
  }

  OperationRequest request(Operation operation) {
    return OperationRequest.builder(operation)
        .environment(inputs.environment().orElse(null))
        .approval(new Approval(inputs.approve(), ci.actor()))
        .ref(inputs.ref().orElse(null))
        .pullRequest(inputs.pullRequest().or(() -> event.pullRequest().map(GitHubEvent.PullRequest::number)).orElse(null))
        .migration(inputs.migration().orElse(null))
        .plan(inputs.plan().orElse(null))
        .out(inputs.out().orElse(null))
        .from(inputs.from().orElse(null))
        .to(inputs.to().orElse(null))
        .runId(inputs.runId().orElse(null))
        .historyEntry(inputs.entry().orElse(null))
        .at(inputs.at().orElse(null))
        .zone(inputs.zone().orElse(null))
        .maxWait(inputs.maxWait().orElse(null))
        .force(inputs.force())
        .reapply(inputs.reapply())
        .entities(inputs.entities())
        .ci(ci)
        .build();
  }
}
