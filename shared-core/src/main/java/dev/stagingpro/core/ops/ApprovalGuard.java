package dev.stagingpro.core.ops;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.manifest.EnvironmentSpec;

/**
 * Refuses every write to a protected environment without approval, whichever face asks: the check
 * lives here so no wrapper can forget it.
 */
public final class ApprovalGuard {
  private ApprovalGuard() {}

  public static void check(Operation operation, EnvironmentSpec environment, Approval approval) {
    if (!operation.writesToStore() || !environment.isProtected()) {
      return;
    }
    String env = environment.name();
    if (!approval.approved()) {
      throw StagingProException.badInput(
          "environment '" + env + "' is protected: '" + operation.cliName()
              + "' writes to it only with approval (CLI --approve, Maven -Dstagingpro.approve,"
              + " Jenkins approve: true, Action approve: true)");
    }
    if (!environment.approvers().isEmpty()) {
      String actor = approval.actor().orElse("");
      if (!environment.approvers().contains(actor)) {
        throw StagingProException.badInput(
            "environment '" + env + "' is protected and "
                + (actor.isEmpty() ? "no CI actor was given" : "'" + actor + "' is not among its approvers")
                + "; approvers: " + String.join(", ", environment.approvers()));
      }
    }
  }
}
