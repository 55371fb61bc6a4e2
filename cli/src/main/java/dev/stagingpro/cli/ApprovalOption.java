package dev.stagingpro.cli;

import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import picocli.CommandLine.Option;

/** {@code --approve}: required for writes to protected environments. */
final class ApprovalOption {
  @Option(names = "--approve", description = "Approve a write to a protected environment (the CI actor must be among its approvers).")
  boolean approve;

  /** The approval as the core sees it: this flag plus the CI actor who asks. */
  Approval of(CiContext ci) {
    return new Approval(approve, ci.actor());
  }
}
