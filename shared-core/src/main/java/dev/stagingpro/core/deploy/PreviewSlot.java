package dev.stagingpro.core.deploy;

import java.time.Instant;
import java.util.Optional;

/** One prelaunch channel of the preview pool and its latest claim, if any. */
public record PreviewSlot(int channelId, String channelName, Optional<PreviewClaim> claim) {
  public Optional<Integer> holder() {
    return claim.flatMap(PreviewClaim::pullRequest);
  }

  /** When the channel was last claimed or freed; never-used channels sort first. */
  public Instant lastUsed() {
    return claim.map(PreviewClaim::at).orElse(Instant.EPOCH);
  }
}
