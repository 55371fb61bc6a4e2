package dev.stagingpro.core.store.bigcommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(7));

  @Test
  void doublesEachRetryWithinHalfToAllOfTheCeiling() {
    for (int retry = 1; retry <= 4; retry++) {
      long ceiling = 100L << (retry - 1);
      for (int i = 0; i < 50; i++) {
        assertThat(backoff.delay(retry).toMillis()).isBetween(ceiling / 2, ceiling);
      }
    }
  }

  @Test
  void isCappedAtTheMaximum() {
    assertThat(backoff.delay(30).toMillis()).isBetween(1_000L, 2_000L);
  }

  @Test
  void jittersSoParallelRetriesSpreadOut() {
    Set<Long> delays = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      delays.add(backoff.delay(3).toMillis());
    }
    assertThat(delays).hasSizeGreaterThan(5);
  }
}
