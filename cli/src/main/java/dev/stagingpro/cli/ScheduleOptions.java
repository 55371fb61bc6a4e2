package dev.stagingpro.cli;

import dev.stagingpro.core.ops.OperationRequest;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --at/--zone/--max-wait}: run at a time in the store's own time zone. */
final class ScheduleOptions {
  @Option(names = "--at", paramLabel = "DATETIME", description = "Start at this local time, e.g. 2026-12-01T09:00, in the store's time zone.")
  String at;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone for --at instead of the store's, e.g. Europe/Berlin.")
  String zone;

  @Option(names = "--max-wait", paramLabel = "DURATION", description = "Longest wait allowed for --at in CI, ISO-8601 (default PT5H).")
  Duration maxWait;

  void applyTo(OperationRequest.Builder request) {
    request.at(at).zone(zone).maxWait(maxWait);
  }
}
