package dev.stagingpro.core.deploy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When a scheduled run starts: the instant, the local time and zone it was read in, and notes a
 * person must see (such as which of two repeated local times was taken at a daylight-saving
 * overlap).
 */
public record ScheduledStart(Instant instant, ZonedDateTime local, String zoneSource, List<String> notes) {
  public ScheduledStart {
    notes = List.copyOf(notes);
  }

  /** e.g. "2026-12-01T09:00-06:00 America/Chicago (store time zone) = 2026-12-01T15:00:00Z". */
  public String describe() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local) + " " + local.getZone().getId()
        + " (" + zoneSource + ") = " + instant;
  }
}
