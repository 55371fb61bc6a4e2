package dev.stagingpro.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A clock that only moves when something sleeps on it, with events scheduled at future times
 * (run, in time order, as the clock passes them). Lets tests of pacing and back-off run instantly.
 */
public final class FakeTime extends Clock implements Sleeper {
  private long millis;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private long sequence;
  private long slept;

  public FakeTime(long startMillis) {
    this.millis = startMillis;
  }

  /** Runs {@code action} once the clock reaches {@code at}. */
  public synchronized void at(long at, Runnable action) {
    events.add(new Event(at, sequence++, action));
  }

  @Override
  public void sleep(Duration duration) {
    advanceTo(millis + duration.toMillis());
    slept += duration.toMillis();
  }

  /** Moves the clock to {@code target}, running the events due on the way. */
  public void advanceTo(long target) {
    while (true) {
      Event next;
      synchronized (this) {
        next = events.peek();
        if (next == null || next.at > target) {
          millis = Math.max(millis, target);
          return;
        }
        events.poll();
        millis = Math.max(millis, next.at);
      }
      next.action.run();
    }
  }

  /** Moves to the next scheduled event and runs it; false when none is left. */
  public boolean runNext() {
    Event next;
    synchronized (this) {
      next = events.peek();
    }
    if (next == null) {
      return false;
    }
    advanceTo(next.at);
    return true;
  }

  public long sleptMillis() {
    return slept;
  }

  @Override
  public synchronized long millis() {
    return millis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  private record Event(long at, long seq, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
    }
  }
}
