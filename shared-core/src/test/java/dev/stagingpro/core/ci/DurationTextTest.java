package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
  @Test
  void readsUnitsAndIso() {
    assertThat(DurationText.parse("maxWait", "90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("maxWait", "10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(DurationText.parse("maxWait", " 1h30M ")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationText.parse("maxWait", "PT2H")).isEqualTo(Duration.ofHours(2));
    assertThat(DurationText.parse("maxWait", "pt45s")).isEqualTo(Duration.ofSeconds(45));
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "", "0s", "PT0S", "ten minutes", "10x", "m", "-5m", "9999999999h"})
  void refusesWhatIsNotAPositiveDurationWithAUnit(String text) {
    assertThatThrownBy(() -> DurationText.parse("maxWait", text))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("'maxWait' must be a duration above zero")
        .hasMessageContaining("'10m'");
  }
}
