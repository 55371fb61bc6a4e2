package dev.stagingpro.core.deploy;

import java.time.Instant;
import java.util.Optional;

/**
 * What a preview channel's note says: which pull request holds the channel (empty once freed),
 * with which theme, commit and bundle, since when. Every API account keeps its own notes on the
 * channel (metafields are per account), and the newest claim across accounts wins, so no account
 * ever needs to change another's note.
 */
public record PreviewClaim(Optional<Integer> pullRequest, Optional<String> themeUuid, Optional<String> commit,
    Optional<String> bundleChecksum, Instant at, Optional<String> ciRunUrl) {
  public static final String NOTE_KEY = "preview";

  public static PreviewClaim held(int pullRequest, String themeUuid, Optional<String> commit, Optional<String> bundleChecksum,
      Instant at, Optional<String> ciRunUrl) {
    return new PreviewClaim(Optional.of(pullRequest), Optional.of(themeUuid), commit, bundleChecksum, at, ciRunUrl);
  }

  public static PreviewClaim freed(Instant at) {
    return new PreviewClaim(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at, Optional.empty());
  }

  public boolean isHeld() {
    return pullRequest.isPresent();
  }
}
