package dev.stagingpro.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationInputTest {
  @ParameterizedTest
  @CsvSource({"90, PT1M30S", "90s, PT1M30S", "10m, PT10M", "2h, PT2H", " 5 M , PT5M", "PT1H30M, PT1H30M"})
  void readsTheWrittenForms(String text, String expected) {
    assertThat(DurationInput.parse(text, "--max-wait")).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten minutes", "10d", "-5m", "PT-5M", "99999999999999999999s", "9999999999999999h"})
  void namesTheOptionAndTheAcceptedFormsOtherwise(String text) {
    assertThatThrownBy(() -> DurationInput.parse(text, "stagingpro.maxWait"))
        .isInstanceOf(StagingProException.class)
        .hasMessageStartingWith("stagingpro.maxWait: '" + text + "' is not a duration")
        .hasMessageContaining("10m");
  }
}
