package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.deploy.PreviewSlotChooser.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreviewSlotChooserTest {
  private static PreviewSlot held(int channel, int pr, String at) {
    return new PreviewSlot(channel, "stagingpro-preview-" + channel,
        Optional.of(PreviewClaim.held(pr, "theme-" + pr, Optional.empty(), Optional.empty(), Instant.parse(at), Optional.empty())));
  }

  private static PreviewSlot freed(int channel, String at) {
    return new PreviewSlot(channel, "stagingpro-preview-" + channel, Optional.of(PreviewClaim.freed(Instant.parse(at))));
  }

  @Test
  void aPullRequestKeepsItsOwnSlot() {
    List<PreviewSlot> slots = List.of(held(2, 7, "2026-01-01T00:00:00Z"), held(3, 9, "2026-01-02T00:00:00Z"));

    PreviewSlotChooser.Choice choice = PreviewSlotChooser.choose(9, slots, 2, true);

    assertThat(choice.kind()).isEqualTo(Kind.OWN);
    assertThat(choice.slot().get().channelId()).isEqualTo(3);
  }

  @Test
  void aFreeSlotBeatsCreatingOne() {
    List<PreviewSlot> slots = List.of(held(2, 7, "2026-01-01T00:00:00Z"), freed(3, "2026-01-02T00:00:00Z"));

    PreviewSlotChooser.Choice choice = PreviewSlotChooser.choose(9, slots, 5, true);

    assertThat(choice.kind()).isEqualTo(Kind.FREE);
    assertThat(choice.slot().get().channelId()).isEqualTo(3);
  }

  @Test
  void createsWhilePoolAndStoreHaveRoomElseTakesTheLeastRecentlyUsed() {
    List<PreviewSlot> slots = List.of(held(2, 7, "2026-01-05T00:00:00Z"), held(3, 8, "2026-01-02T00:00:00Z"));

    assertThat(PreviewSlotChooser.choose(9, slots, 3, true).kind()).isEqualTo(Kind.CREATE);

    PreviewSlotChooser.Choice poolFull = PreviewSlotChooser.choose(9, slots, 2, true);
    assertThat(poolFull.kind()).isEqualTo(Kind.EVICT);
    assertThat(poolFull.slot().get().holder()).contains(8);

    PreviewSlotChooser.Choice storeFull = PreviewSlotChooser.choose(9, slots, 3, false);
    assertThat(storeFull.kind()).isEqualTo(Kind.EVICT);
    assertThat(storeFull.slot().get().channelId()).isEqualTo(3);
  }

  @Test
  void noSlotAndNoRoomIsNone() {
    assertThat(PreviewSlotChooser.choose(9, List.of(), 2, false).kind()).isEqualTo(Kind.NONE);
  }
}
