package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.model.Theme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeRoomPolicyTest {
  private static Theme theme(String uuid, String updatedAt, boolean active) {
    return new Theme(uuid, "T " + uuid, List.of(), true, active, updatedAt);
  }

  @Test
  void deletesOnlyTheOldestInactiveThemeItUploaded() {
    List<Theme> themes = List.of(
        theme("by-hand-oldest", "2020-01-01T00:00:00Z", false),
        theme("ours-active-flag", "2021-01-01T00:00:00Z", true),
        theme("ours-on-a-channel", "2021-06-01T00:00:00Z", false),
        theme("ours-old", "2022-01-01T00:00:00Z", false),
        theme("ours-new", "2023-01-01T00:00:00Z", false));
    Set<String> ours = Set.of("ours-active-flag", "ours-on-a-channel", "ours-old", "ours-new");

    assertThat(ThemeRoomPolicy.deletable(themes, ours, Set.of("ours-on-a-channel")))
        .map(Theme::uuid).contains("ours-old");
  }

  @Test
  void nothingWhenNoneOfOursIsInactive() {
    List<Theme> themes = List.of(theme("by-hand", "2020-01-01T00:00:00Z", false), theme("ours", "2021-01-01T00:00:00Z", false));

    assertThat(ThemeRoomPolicy.deletable(themes, Set.of("ours"), Set.of("ours"))).isEmpty();
    assertThat(ThemeRoomPolicy.deletable(themes, Set.of(), Set.of())).isEmpty();
  }
}
