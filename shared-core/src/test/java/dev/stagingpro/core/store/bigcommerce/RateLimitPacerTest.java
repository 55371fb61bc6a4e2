package dev.stagingpro.core.store.bigcommerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.store.FakeTime;
import dev.stagingpro.core.store.RequestMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitPacerTest {
  private final FakeTime time = new FakeTime(1_000_000);
  private final RequestMetrics metrics = new RequestMetrics(time);
  private final List<Duration> refillWaits = new ArrayList<>();
  private final RateLimitPacer pacer = new RateLimitPacer(time, time, metrics, refillWaits::add);

  @Test
  void spreadsWhatIsLeftOverTheRestOfTheWindow() throws Exception {
    pacer.observe(pacer.acquire(), limits(9, 900, 10));
    long start = time.millis();

    pacer.acquire(); // at once: 9 left for 900 ms, the next one 100 ms later
    assertThat(time.millis()).isEqualTo(start);
    pacer.acquire();
    assertThat(time.millis()).isEqualTo(start + 100);
    assertThat(refillWaits).as("spreading is not a refill wait").isEmpty();
    assertThat(metrics.snapshot().quotaWait()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void waitsForTheResetWhenTheQuotaIsUsedUp() throws Exception {
    pacer.observe(pacer.acquire(), limits(0, 1_500, 10));
    long start = time.millis();

    pacer.acquire();

    assertThat(time.millis() - start).isEqualTo(1_500);
    assertThat(refillWaits).containsExactly(Duration.ofMillis(1_500));
  }

  @Test
  void countsRequestsStillInFlightAsSpent() throws Exception {
    pacer.observe(pacer.acquire(), limits(3, 60_000, 10));
    long a = pacer.acquire();
    pacer.acquire();
    pacer.acquire(); // three in flight: the quota is spent as far as the pacer knows
    long before = time.millis();
    pacer.observe(a, limits(2, 59_000, 10)); // answer to the first: the other two may still count

    pacer.acquire();

    assertThat(time.millis() - before).as("waited for the reset").isGreaterThanOrEqualTo(59_000);
  }

  @Test
  void ignoresAnAnswerOvertakenByALaterOne() throws Exception {
    pacer.observe(pacer.acquire(), limits(100, 10_000, 100));
    long older = pacer.acquire();
    long newer = pacer.acquire();
    pacer.observe(newer, limits(1, 10_000, 100)); // the store counted other apps' requests too
    pacer.observe(older, limits(98, 10_000, 100)); // stale: reports more than already seen
    long before = time.millis();

    pacer.acquire();
    pacer.acquire();

    assertThat(time.millis() - before).as("only one was left").isGreaterThanOrEqualTo(9_000);
  }

  @Test
  void onA429WaitsTheLongerOfRetryAfterAndReset() throws Exception {
    long ticket = pacer.acquire();
    Optional<Duration> wait = pacer.rateLimited(ticket, RateLimitHeaders.of(Headers.of(
        "X-Rate-Limit-Requests-Left", "0", "X-Rate-Limit-Time-Reset-Ms", "1500",
        "X-Rate-Limit-Requests-Quota", "10", "x-retry-after", "3")));
    assertThat(wait).contains(Duration.ofSeconds(3));

    long other = pacer.acquire();
    assertThat(pacer.rateLimited(other,
            RateLimitHeaders.of(Headers.of("X-Rate-Limit-Time-Reset-Ms", "2500", "X-Retry-After", "1"))))
        .contains(Duration.ofMillis(2_500));
  }

  @Test
  void a429WithoutHeadersLeavesTheWaitToBackOff() throws Exception {
    assertThat(pacer.rateLimited(pacer.acquire(), RateLimitHeaders.of(Headers.of()))).isEmpty();
  }

  @Test
  void answersWithoutRateLimitHeadersSwitchPacingOff() throws Exception {
    pacer.observe(pacer.acquire(), RateLimitHeaders.of(Headers.of()));
    long start = time.millis();
    for (int i = 0; i < 1_000; i++) {
      pacer.acquire();
    }
    assertThat(time.millis()).isEqualTo(start);
  }

  @Test
  void theFirstRequestGoesAloneUntilItsAnswerArrives() throws Exception {
    long probe = pacer.acquire();
    long[] second = new long[1];
    Thread waiter = new Thread(() -> {
      try {
        second[0] = pacer.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    while (waiter.getState() != Thread.State.WAITING) {
      assertThat(waiter.isAlive()).as("second request waits for the first answer").isTrue();
      Thread.onSpinWait();
    }

    pacer.observe(probe, limits(10, 1_000, 10));
    waiter.join(10_000);

    assertThat(waiter.isAlive()).isFalse();
    assertThat(second[0]).isEqualTo(probe + 1);
  }

  @Test
  void aSimulatedProStoreIsUsedFullyWithoutA429() throws Exception {
    Simulation run = simulate(450, 30_000, 20, 8, 3_000);

    assertThat(run.rateLimited).isZero();
    assertThat(run.shareOfQuota()).isGreaterThan(0.97);
  }

  @Test
  void aShortWindowWithManyInFlightIsUsedFullyWithoutA429() throws Exception {
    Simulation run = simulate(20, 1_000, 3, 8, 400);

    assertThat(run.rateLimited).isZero();
    assertThat(run.shareOfQuota()).isGreaterThan(0.95);
  }

  /**
   * Runs {@code total} requests against a simulated store with a fixed-window quota (a window
   * starts with the first request after the last one ended, as the sandbox counts), answering after
   * {@code latency} ms and counting each request halfway.
   */
  private Simulation simulate(int quota, long windowMs, long latency, int inFlight, int total) throws Exception {
    Simulation sim = new Simulation(quota, windowMs);
    Map<Long, long[]> decisions = new HashMap<>();
    int[] open = {0};
    long first = time.millis();
    for (int sent = 0; sent < total; ) {
      if (open[0] >= inFlight || (sent == 1 && open[0] > 0)) { // the first answer comes alone
        time.runNext();
        continue;
      }
      long ticket = pacer.acquire();
      sent++;
      open[0]++;
      long t0 = time.millis();
      time.at(t0 + latency / 2, () -> decisions.put(ticket, sim.count(time.millis())));
      time.at(t0 + latency, () -> {
        open[0]--;
        long[] d = decisions.remove(ticket);
        Headers h = Headers.of(
            "X-Rate-Limit-Requests-Left", String.valueOf(d[1]), "X-Rate-Limit-Time-Reset-Ms", String.valueOf(d[2]),
            "X-Rate-Limit-Requests-Quota", String.valueOf(quota), "X-Rate-Limit-Time-Window-Ms", String.valueOf(windowMs));
        if (d[0] == 0) {
          sim.rateLimited++;
          pacer.rateLimited(ticket, RateLimitHeaders.of(h));
        } else {
          pacer.observe(ticket, RateLimitHeaders.of(h));
        }
      });
    }
    while (time.runNext()) {
      // drain the answers
    }
    sim.requests = total;
    sim.elapsedMs = time.millis() - first;
    return sim;
  }

  private static RateLimitHeaders limits(long left, long resetMs, long quota) {
    return RateLimitHeaders.of(Headers.of(
        "X-Rate-Limit-Requests-Left", String.valueOf(left),
        "X-Rate-Limit-Time-Reset-Ms", String.valueOf(resetMs),
        "X-Rate-Limit-Requests-Quota", String.valueOf(quota)));
  }

  /** A store's fixed-window request counter. */
  private static final class Simulation {
    final int quota;
    final long windowMs;
    long windowStart = Long.MIN_VALUE;
    int used;
    int rateLimited;
    int requests;
    long elapsedMs;

    Simulation(int quota, long windowMs) {
      this.quota = quota;
      this.windowMs = windowMs;
    }

    /** {allowed 0/1, left, resetMs}. */
    long[] count(long now) {
      if (windowStart == Long.MIN_VALUE || now >= windowStart + windowMs) {
        windowStart = now;
        used = 0;
      }
      long reset = windowStart + windowMs - now;
      if (used >= quota) {
        return new long[] {0, 0, reset};
      }
      used++;
      return new long[] {1, quota - used, reset};
    }

    double shareOfQuota() {
      double achieved = requests / (elapsedMs / 1000.0);
      return achieved / (quota / (windowMs / 1000.0));
    }
  }
}
