package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartTimeResolverTest {
  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private static final Optional<String> CHICAGO = Optional.of("America/Chicago");

  @Test
  void readsTheTimeInTheStoresZone() {
    ScheduledStart start = StartTimeResolver.resolve("2026-12-01T09:00", Optional.empty(), CHICAGO, NOW);

    assertThat(start.instant()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    assertThat(start.zoneSource()).isEqualTo("store time zone");
    assertThat(start.describe()).isEqualTo("2026-12-01T09:00:00-06:00 America/Chicago (store time zone) = 2026-12-01T15:00:00Z");
    assertThat(start.notes()).isEmpty();
  }

  @Test
  void zoneFlagOverridesTheStore() {
    ScheduledStart start = StartTimeResolver.resolve("2026-12-01T09:00", Optional.of("Europe/Berlin"), CHICAGO, NOW);

    assertThat(start.instant()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(start.zoneSource()).isEqualTo("--zone");
  }

  @Test
  void anOffsetInTheTimeIsExactAndNotesThatTheZoneIsUnused() {
    ScheduledStart start = StartTimeResolver.resolve("2026-12-01T09:00+01:00", Optional.of("Asia/Tokyo"), CHICAGO, NOW);

    assertThat(start.instant()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(start.notes()).singleElement().asString().contains("--zone Asia/Tokyo is not used");
  }

  @Test
  void aTimeInTheSpringForwardGapIsRefusedWithTimesThatWork() {
    // 2026-03-08: Chicago jumps from 02:00 CST to 03:00 CDT
    assertThatThrownBy(() -> StartTimeResolver.resolve("2026-03-08T02:30", Optional.empty(), CHICAGO, NOW))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("does not exist in America/Chicago")
        .hasMessageContaining("clocks jump from 02:00 to 03:00 (-06:00 to -05:00)")
        .hasMessageContaining("2026-03-08T03:00")
        .hasMessageContaining("2026-03-08T02:30-06:00");
  }

  @Test
  void aTimeInTheFallBackOverlapTakesTheEarlierOffsetAndSaysSo() {
    // 2026-11-01: Chicago goes back from 02:00 CDT to 01:00 CST, so 01:30 happens twice
    ScheduledStart start = StartTimeResolver.resolve("2026-11-01T01:30", Optional.empty(), CHICAGO, NOW);

    assertThat(start.instant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    assertThat(start.local().getOffset().getId()).isEqualTo("-05:00");
    assertThat(start.notes()).singleElement().asString()
        .contains("happens twice in America/Chicago")
        .contains("using the earlier one, -05:00 = 2026-11-01T06:30:00Z")
        .contains("--at 2026-11-01T01:30-06:00 (= 2026-11-01T07:30:00Z)");
  }

  @Test
  void aTimeInThePastIsRefused() {
    assertThatThrownBy(() -> StartTimeResolver.resolve("2026-01-15T05:59", Optional.empty(), CHICAGO, NOW))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("is in the past")
        .hasMessageContaining("it is now 2026-01-15T12:00:00Z");
  }

  @Test
  void nowItselfIsNotThePast() {
    ScheduledStart start = StartTimeResolver.resolve("2026-01-15T06:00", Optional.empty(), CHICAGO, NOW);

    assertThat(start.instant()).isEqualTo(NOW);
  }

  @Test
  void badInputNamesTheFlag() {
    assertThatThrownBy(() -> StartTimeResolver.resolve("tomorrow 9am", Optional.empty(), CHICAGO, NOW))
        .hasMessageContaining("--at tomorrow 9am is not a date and time");
    assertThatThrownBy(() -> StartTimeResolver.resolve("2026-12-01T09:00", Optional.of("Mars/Olympus"), CHICAGO, NOW))
        .hasMessageContaining("--zone 'Mars/Olympus' is not a time zone");
    assertThatThrownBy(() -> StartTimeResolver.resolve("2026-12-01T09:00", Optional.empty(), Optional.empty(), NOW))
        .hasMessageContaining("the store reports none; give --zone");
  }
}
