package dev.stagingpro.core.ops;

import java.util.Optional;

/**
 * What the caller says about approval for a write: whether it was approved (CLI {@code --approve},
 * Maven {@code stagingpro.approve}, Jenkins {@code approve: true}, Action {@code approve}) and
 * which CI actor asks (checked against the environment's {@code approvers}).
 */
public record Approval(boolean approved, Optional<String> actor) {
  public static final Approval NONE = new Approval(false, Optional.empty());

  public static Approval approvedBy(String actor) {
    return new Approval(true, Optional.ofNullable(actor));
  }
}
