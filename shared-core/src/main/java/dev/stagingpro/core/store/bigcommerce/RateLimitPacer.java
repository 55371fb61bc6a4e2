package dev.stagingpro.core.store.bigcommerce;

import dev.stagingpro.core.store.RequestMetrics;
import dev.stagingpro.core.store.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Paces requests so a run uses the store's quota without hitting 429. Every response's
 * rate-limit headers update an estimate of the requests left in the current window; requests are
 * then spread evenly over the rest of the window ({@code time to reset / requests left}), so the
 * quota is used up just as it refills, and other apps sharing the quota are followed as their use
 * shows in the headers.
 *
 * <p>With several requests in flight the store's count can lag: an estimate taken from a response
 * counts every request sent after it, and every earlier one still in flight, as already spent.
 * Within a window the store's count only falls, so a response that reports more left than an
 * earlier one was overtaken and is ignored. Until the first response arrives, one request goes at
 * a time (the start-up check). Responses without rate-limit headers switch pacing off.
 */
final class RateLimitPacer {
  private final Clock clock;
  private final Sleeper sleeper;
  private final RequestMetrics metrics;
  private final Consumer<Duration> onWindowWait;
  private final Object lock = new Object();

  // all guarded by lock
  private boolean learned; // some response has been seen
  private boolean limited; // the store sends a quota
  private boolean probing;
  private long quota;
  private long windowMs;
  private long left;
  private long resetAtMs;
  private long nextSlotMs;
  private long windowLowestReported = Long.MAX_VALUE;
  private long sentSeq;
  private final TreeSet<Long> inFlight = new TreeSet<>();

  /** {@code onWindowWait} hears of each wait for the quota to refill (not of the spreading gaps). */
  RateLimitPacer(Clock clock, Sleeper sleeper, RequestMetrics metrics, Consumer<Duration> onWindowWait) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.metrics = metrics;
    this.onWindowWait = onWindowWait;
  }

  /** Waits until the next request may be sent; returns its ticket for {@link #observe}/{@link #abandon}. */
  long acquire() throws InterruptedException {
    while (true) {
      long waitMs;
      long ticket = -1;
      boolean forRefill = false;
      synchronized (lock) {
        long now = clock.millis();
        if (!learned) {
          if (!probing) {
            probing = true;
            return reserve();
          }
          lock.wait(); // the probe's answer notifies
          continue;
        }
        if (!limited) {
          return reserve();
        }
        if (now >= resetAtMs) {
          startNextWindow(now);
        }
        long slot = Math.max(now, nextSlotMs);
        if (left <= 0 || slot >= resetAtMs) {
          waitMs = resetAtMs - now;
          forRefill = true;
        } else {
          nextSlotMs = slot + (resetAtMs - slot) / left;
          left--;
          ticket = reserve();
          waitMs = slot - now;
        }
      }
      if (waitMs > 0) {
        Duration wait = Duration.ofMillis(waitMs);
        if (forRefill) {
          onWindowWait.accept(wait);
        }
        sleeper.sleep(wait);
        metrics.waitedForQuota(wait);
      }
      if (ticket >= 0) {
        return ticket;
      }
    }
  }

  /** Takes the rate-limit headers of the answer to request {@code ticket}. */
  void observe(long ticket, RateLimitHeaders headers) {
    synchronized (lock) {
      inFlight.remove(ticket);
      boolean first = !learned;
      learned = true;
      probing = false;
      if (headers.describesQuota()) {
        take(ticket, headers);
      } else if (first) {
        limited = false;
      }
      lock.notifyAll();
    }
  }

  /** The request got no answer (network failure): it no longer holds a place. */
  void abandon(long ticket) {
    synchronized (lock) {
      inFlight.remove(ticket);
      probing = false;
      lock.notifyAll();
    }
  }

  /**
   * A 429: nothing more is sent until the longer of {@code X-Retry-After} and the reset has passed.
   * Returns that wait, or empty when the store sent neither (an overloaded platform: back off).
   */
  Optional<Duration> rateLimited(long ticket, RateLimitHeaders headers) {
    synchronized (lock) {
      inFlight.remove(ticket);
      learned = true;
      probing = false;
      long waitMs =
          Math.max(
              headers.retryAfterSeconds().orElse(0) * 1000, headers.resetMs().orElse(0));
      lock.notifyAll();
      if (waitMs <= 0) {
        return Optional.empty();
      }
      limited = true;
      quota = headers.quota().orElse(quota);
      windowMs = Math.max(windowMs, headers.windowMs().orElse(waitMs));
      left = 0;
      resetAtMs = Math.max(resetAtMs, clock.millis() + waitMs);
      windowLowestReported = 0;
      return Optional.of(Duration.ofMillis(waitMs));
    }
  }

  private long reserve() {
    long ticket = ++sentSeq;
    inFlight.add(ticket);
    return ticket;
  }

  private void take(long ticket, RateLimitHeaders headers) {
    long now = clock.millis();
    long reportedLeft = headers.requestsLeft().getAsLong();
    long reportedResetAt = now + headers.resetMs().getAsLong();
    quota = headers.quota().orElse(Math.max(quota, reportedLeft + 1));
    windowMs = headers.windowMs().orElse(Math.max(windowMs, headers.resetMs().getAsLong()));
    boolean olderWindow = limited && reportedResetAt < resetAtMs - windowMs / 2;
    if (olderWindow) {
      return;
    }
    boolean newerWindow = !limited || reportedResetAt > resetAtMs + windowMs / 2 || now >= resetAtMs;
    if (!newerWindow && reportedLeft > windowLowestReported) {
      return; // overtaken by a later answer
    }
    limited = true;
    windowLowestReported = reportedLeft;
    resetAtMs = reportedResetAt;
    long maybeUncounted = (sentSeq - ticket) + inFlight.headSet(ticket).size();
    left = reportedLeft - maybeUncounted;
  }

  private void startNextWindow(long now) {
    left = quota - inFlight.size();
    resetAtMs = now + Math.max(windowMs, 1);
    nextSlotMs = now;
    windowLowestReported = Long.MAX_VALUE;
  }
}
