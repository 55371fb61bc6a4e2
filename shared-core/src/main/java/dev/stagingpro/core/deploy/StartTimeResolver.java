package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code --at} as a local time in the store's own time zone ({@code --zone} overrides), or
 * as an exact instant when it carries an offset. Daylight-saving edges are never guessed silently:
 *
 * <ul>
 *   <li><b>Gap</b> (a local time that does not exist, e.g. 02:30 on the night clocks jump from
 *       02:00 to 03:00): refused as bad input, naming the gap and two times that work. Shifting
 *       it (as {@code java.time} does, by the gap's length) would start a release an hour away
 *       from what a person wrote, and nobody would notice until it ran; a refusal costs a second
 *       and happens before anything is written.
 *   <li><b>Overlap</b> (a local time that happens twice when clocks go back): the earlier
 *       occurrence (the offset before the change) is taken, and a note says so and how to write
 *       the later one. The earlier one is what {@code java.time} and cron pick, and it never
 *       starts a deployment later than the person could have meant.
 * </ul>
 *
 * A time before now is refused.
 */
public final class StartTimeResolver {
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private StartTimeResolver() {}

  /**
   * @param at the {@code --at} value, e.g. {@code 2026-12-01T09:00} or {@code 2026-12-01T09:00+01:00}
   * @param zoneFlag the {@code --zone} value, if given
   * @param storeZone the store's own time zone (its IANA name), if it reports one
   */
  public static ScheduledStart resolve(String at, Optional<String> zoneFlag, Optional<String> storeZone, Instant now) {
    String text = at.trim();
    Optional<OffsetDateTime> exact = parseExact(text);
    ScheduledStart start;
    if (exact.isPresent()) {
      start = new ScheduledStart(exact.get().toInstant(), exact.get().toZonedDateTime(), "offset given in --at", List.of());
      if (zoneFlag.isPresent()) {
        start = withNote(start, "--at carries its own offset, so --zone " + zoneFlag.get() + " is not used");
      }
    } else {
      LocalDateTime local = parseLocal(text);
      ZoneId zone;
      String source;
      if (zoneFlag.isPresent()) {
        zone = zone(zoneFlag.get(), "--zone");
        source = "--zone";
      } else {
        zone = zone(storeZone.filter(z -> !z.isBlank()).orElseThrow(() -> StagingProException.badInput(
            "--at " + text + " is read in the store's time zone, but the store reports none; give --zone, e.g. --zone Europe/Berlin")),
            "the store's time zone");
        source = "store time zone";
      }
      start = inZone(text, local, zone, source);
    }
    if (start.instant().isBefore(now)) {
      throw StagingProException.badInput("--at " + text + " is in the past: it is " + start.describe()
          + ", and it is now " + now + "; give a later time, or leave --at out to start now");
    }
    return start;
  }

  private static ScheduledStart inZone(String text, LocalDateTime local, ZoneId zone, String source) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      throw StagingProException.badInput("--at " + text + " does not exist in " + zone.getId() + " (" + source + "): on "
          + gap.getDateTimeBefore().toLocalDate() + " clocks jump from " + HOUR_MINUTE.format(gap.getDateTimeBefore())
          + " to " + HOUR_MINUTE.format(gap.getDateTimeAfter()) + " (" + gap.getOffsetBefore() + " to " + gap.getOffsetAfter()
          + "). Give a time outside that hour, e.g. " + gap.getDateTimeAfter() + ", or an explicit offset, e.g. "
          + local + gap.getOffsetBefore());
    }
    ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, offsets.get(0)).withEarlierOffsetAtOverlap();
    List<String> notes = new ArrayList<>();
    if (offsets.size() > 1) {
      ZonedDateTime later = zoned.withLaterOffsetAtOverlap();
      notes.add(local + " happens twice in " + zone.getId() + " (clocks go back that night); using the earlier one, "
          + zoned.getOffset() + " = " + zoned.toInstant() + ". For the later one give --at " + local + later.getOffset()
          + " (= " + later.toInstant() + ")");
    }
    return new ScheduledStart(zoned.toInstant(), zoned, source, notes);
  }

  private static ScheduledStart withNote(ScheduledStart start, String note) {
    List<String> notes = new ArrayList<>(start.notes());
    notes.add(note);
    return new ScheduledStart(start.instant(), start.local(), start.zoneSource(), notes);
  }

  private static Optional<OffsetDateTime> parseExact(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalDateTime parseLocal(String text) {
    try {
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw StagingProException.badInput("--at " + text + " is not a date and time; write it as YYYY-MM-DDTHH:MM,"
          + " e.g. 2026-12-01T09:00 (store time zone), or with an offset, e.g. 2026-12-01T09:00+01:00");
    }
  }

  private static ZoneId zone(String name, String what) {
    try {
      return ZoneId.of(name.trim());
    } catch (DateTimeException e) {
      throw StagingProException.badInput(what + " '" + name + "' is not a time zone; give an IANA name such as"
          + " America/Chicago or Europe/Berlin, or an offset such as +02:00");
    }
  }
}
