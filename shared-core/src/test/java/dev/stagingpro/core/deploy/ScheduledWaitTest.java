package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.report.MutableClock;
import dev.stagingpro.core.store.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduledWaitTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<ProgressEvent> events = new ArrayList<>();
  private final Sleeper sleeper = d -> {
    sleeps.add(d);
    clock.advance(d);
  };
  private final ScheduledWait wait = new ScheduledWait(clock, sleeper, events::add);

  private ScheduledStart at(String local) {
    return StartTimeResolver.resolve(local, Optional.of("UTC"), Optional.empty(), clock.instant());
  }

  @Test
  void countsDownOnTheClockAndStartsOnTime() {
    ScheduledStart start = at("2026-12-01T11:30");

    wait.waitUntil(start);

    assertThat(clock.instant()).isEqualTo(start.instant());
    assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(90));
    // five-minute ticks far away, one-minute ticks within the hour, ten-second ticks at the end
    assertThat(sleeps).startsWith(Duration.ofMinutes(5)).contains(Duration.ofMinutes(1)).endsWith(Duration.ofSeconds(10));
    List<ProgressEvent> progress = events.stream().filter(e -> e.kind() == ProgressEvent.Kind.PROGRESS).toList();
    assertThat(progress.get(0).message()).startsWith("starting in 1 h 30 min");
    assertThat(progress.get(0).done()).isZero();
    assertThat(progress.get(0).total()).isEqualTo(5400);
    assertThat(progress).extracting(ProgressEvent::done).isSorted();
    assertThat(progress.get(progress.size() - 1).done()).isEqualTo(5400);
    assertThat(events.get(0).message()).startsWith("Waiting 1 h 30 min until 2026-12-01T11:30:00Z");
  }

  @Test
  void ciRefusesAWaitLongerThanMaxWaitWithAScheduledWorkflowToUse() {
    ScheduledStart start = at("2026-12-01T16:00");

    assertThatThrownBy(() -> wait.checkAllowed(start, ScheduledWait.DEFAULT_MAX_WAIT, true, "stagingpro deploy --env production"))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("6 h 0 min away, longer than --max-wait 5 h 0 min")
        .hasMessageContaining("cron: '0 16 1 12 *'")
        .hasMessageContaining("'stagingpro deploy --env production' without --at");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void outsideCiOrWithinMaxWaitTheWaitIsAllowed() {
    ScheduledStart start = at("2026-12-01T16:00");

    assertThatCode(() -> wait.checkAllowed(start, ScheduledWait.DEFAULT_MAX_WAIT, false, "x")).doesNotThrowAnyException();
    assertThatCode(() -> wait.checkAllowed(start, Duration.ofHours(7), true, "x")).doesNotThrowAnyException();
  }

  @Test
  void anInterruptedWaitFailsWithoutDeploying() {
    ScheduledWait interrupted = new ScheduledWait(clock, d -> {
      throw new InterruptedException();
    }, events::add);

    assertThatThrownBy(() -> interrupted.waitUntil(at("2026-12-01T10:05")))
        .hasMessageContaining("Interrupted while waiting for").hasMessageContaining("nothing was deployed");
    assertThat(Thread.interrupted()).isTrue();
  }
}
