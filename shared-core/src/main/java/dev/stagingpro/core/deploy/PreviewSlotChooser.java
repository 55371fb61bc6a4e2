package dev.stagingpro.core.deploy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the preview channel for a pull request: the one it already holds, else a free one, else a
 * new one while the pool and the store have room, else the least recently used one (whose pull
 * request loses its preview).
 */
public final class PreviewSlotChooser {
  public enum Kind {
    /** The pull request already holds this channel. */
    OWN,
    /** Nobody holds this channel. */
    FREE,
    /** Create a new channel for the pool. */
    CREATE,
    /** Take this channel from the pull request that used it least recently. */
    EVICT,
    /** No channel exists and none can be created. */
    NONE
  }

  public record Choice(Kind kind, Optional<PreviewSlot> slot) {}

  private PreviewSlotChooser() {}

  /**
   * @param slots the pool's channels as they are now
   * @param poolSize {@code preview.channels}: how many channels the pool may have
   * @param storeHasRoom whether the store's storefront limits allow one more storefront
   */
  public static Choice choose(int pullRequest, List<PreviewSlot> slots, int poolSize, boolean storeHasRoom) {
    Comparator<PreviewSlot> byChannel = Comparator.comparingInt(PreviewSlot::channelId);
    Optional<PreviewSlot> own = slots.stream().filter(s -> s.holder().equals(Optional.of(pullRequest))).min(byChannel);
    if (own.isPresent()) {
      return new Choice(Kind.OWN, own);
    }
    Optional<PreviewSlot> free = slots.stream().filter(s -> s.holder().isEmpty()).min(byChannel);
    if (free.isPresent()) {
      return new Choice(Kind.FREE, free);
    }
    if (slots.size() < poolSize && storeHasRoom) {
      return new Choice(Kind.CREATE, Optional.empty());
    }
    Optional<PreviewSlot> leastRecent = slots.stream()
        .min(Comparator.comparing(PreviewSlot::lastUsed).thenComparing(byChannel));
    return leastRecent.map(s -> new Choice(Kind.EVICT, Optional.of(s))).orElse(new Choice(Kind.NONE, Optional.empty()));
  }
}
