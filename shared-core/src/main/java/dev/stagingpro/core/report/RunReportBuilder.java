package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects a run's report while the run goes: deploy and migration code add counts, failures,
 * warnings and phase timings as they happen (from several threads if they like), then call {@link
 * #finish}. {@link #snapshot()} gives the report so far, e.g. for the start notification.
 */
public final class RunReportBuilder {
  /** Operations whose failed records {@code stagingpro apply --retry RUN_ID} can write again. */
  private static final Set<Operation> RETRYABLE = Set.of(Operation.APPLY, Operation.RELEASE);

  private final String runId;
  private final Operation operation;
  private final Clock clock;
  private final Instant startedAt;
  private final List<String> environments = new ArrayList<>();
  private final Map<String, Map<ChangeClass, Long>> counts = new LinkedHashMap<>();
  private final List<RecordFailure> failures = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Duration> timings = new LinkedHashMap<>();
  private String commit;
  private String ciActor;
  private String ciRunUrl;
  private String message = "";
  private String previewUrl;
  private String themeId;
  private RequestMetrics requests = RequestMetrics.NONE;
  private String retryCommand;

  RunReportBuilder(String runId, Operation operation, Clock clock) {
    this.runId = Objects.requireNonNull(runId, "runId");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.startedAt = clock.instant();
  }

  public synchronized RunReportBuilder environment(String name) {
    if (!environments.contains(name)) {
      environments.add(name);
    }
    return this;
  }

  public synchronized RunReportBuilder commit(String value) {
    commit = value;
    return this;
  }

  public synchronized RunReportBuilder ciActor(String value) {
    ciActor = value;
    return this;
  }

  public synchronized RunReportBuilder ciRunUrl(String value) {
    ciRunUrl = value;
    return this;
  }

  /** The actor and run URL a face found in its CI environment. */
  public synchronized RunReportBuilder ci(CiContext ci) {
    ci.actor().ifPresent(this::ciActor);
    ci.runUrl().ifPresent(this::ciRunUrl);
    return this;
  }

  /** One line for people saying what happened, e.g. "Theme Cornerstone 6.1 active on 2 channels". */
  public synchronized RunReportBuilder message(String value) {
    message = Objects.requireNonNull(value, "message");
    return this;
  }

  public synchronized RunReportBuilder previewUrl(String value) {
    previewUrl = value;
    return this;
  }

  public synchronized RunReportBuilder themeId(String value) {
    themeId = value;
    return this;
  }

  /** One record of {@code entity} fell in {@code cls}. */
  public RunReportBuilder count(String entity, ChangeClass cls) {
    return count(entity, cls, 1);
  }

  public synchronized RunReportBuilder count(String entity, ChangeClass cls, long n) {
    counts.computeIfAbsent(entity, e -> new EnumMap<>(ChangeClass.class)).merge(cls, n, Long::sum);
    return this;
  }

  /** A record the store refused; {@code storeMessage} is the store's own error text. */
  public synchronized RunReportBuilder failure(String entity, String naturalKey, String storeMessage) {
    failures.add(new RecordFailure(entity, naturalKey, storeMessage));
    return this;
  }

  public synchronized RunReportBuilder warning(String text) {
    warnings.add(text);
    return this;
  }

  public synchronized RunReportBuilder requests(RequestMetrics metrics) {
    requests = Objects.requireNonNull(metrics, "metrics");
    return this;
  }

  /** Adds {@code duration} to the phase's time (a phase may run in several pieces). */
  public synchronized RunReportBuilder phase(String name, Duration duration) {
    timings.merge(name, duration, Duration::plus);
    return this;
  }

  /**
   * Times a phase by the builder's clock until {@link PhaseTimer#stop()} (call it in a {@code
   * finally} block so a failed phase is timed too).
   */
  public PhaseTimer startPhase(String name) {
    return new PhaseTimer(name, clock.instant());
  }

  /**
   * The command that writes the failed records again. Defaults, for apply and release runs with
   * failures, to {@code stagingpro apply --retry RUN_ID}.
   */
  public synchronized RunReportBuilder retryCommand(String command) {
    retryCommand = command;
    return this;
  }

  /** The report so far, marked {@link RunResult#RUNNING}. */
  public synchronized RunReport snapshot() {
    return build(RunResult.RUNNING, Optional.empty());
  }

  /** Ends the run now by the clock with the given result. */
  public synchronized RunReport finish(RunResult result) {
    if (result == RunResult.RUNNING) {
      throw new IllegalArgumentException("a finished run cannot be RUNNING");
    }
    return build(result, Optional.of(clock.instant()));
  }

  /**
   * Ends the run with the result its records imply: SUCCESS without failures, PARTIAL when some
   * records were written despite failures, FAILURE when none were.
   */
  public synchronized RunReport finish() {
    return finish(impliedResult());
  }

  private RunResult impliedResult() {
    if (failures.isEmpty()) {
      return RunResult.SUCCESS;
    }
    boolean wroteSomething = counts.values().stream().anyMatch(byClass ->
        byClass.entrySet().stream().anyMatch(e -> e.getKey().writes() && e.getValue() > 0));
    return wroteSomething ? RunResult.PARTIAL : RunResult.FAILURE;
  }

  private RunReport build(RunResult result, Optional<Instant> finishedAt) {
    List<EntityCounts> entityCounts = counts.entrySet().stream()
        .map(e -> new EntityCounts(e.getKey(), e.getValue())).toList();
    List<PhaseTiming> phaseTimings = timings.entrySet().stream()
        .map(e -> new PhaseTiming(e.getKey(), e.getValue())).toList();
    Optional<String> retry = Optional.ofNullable(retryCommand);
    if (retry.isEmpty() && !failures.isEmpty() && RETRYABLE.contains(operation)) {
      retry = Optional.of("stagingpro apply --retry " + runId);
    }
    return new RunReport(runId, operation, environments, Optional.ofNullable(commit), Optional.ofNullable(ciActor),
        Optional.ofNullable(ciRunUrl), startedAt, finishedAt, result, message, Optional.ofNullable(previewUrl),
        Optional.ofNullable(themeId), entityCounts, failures, warnings, requests, phaseTimings, retry);
  }

  /** A phase being timed; stopping it more than once records it once. */
  public final class PhaseTimer {
    private final String name;
    private final Instant start;
    private boolean stopped;

    private PhaseTimer(String name, Instant start) {
      this.name = name;
      this.start = start;
    }

    public synchronized Duration stop() {
      Duration elapsed = Duration.between(start, clock.instant());
      if (!stopped) {
        stopped = true;
        phase(name, elapsed);
      }
      return elapsed;
    }
  }
}
