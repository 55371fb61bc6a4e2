package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.secret.SecretMasker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What one run did: the record behind report.json/.md/.html and every notification. It holds
 * only what the caller put in; record keys (SKUs, e-mails) appear only if the caller passed them
 * as failure keys. Writers and notifiers pass it through {@link #maskedWith(SecretMasker)} first.
 * The JSON form is documented by docs/report.schema.json.
 */
public record RunReport(
    String runId,
    Operation operation,
    List<String> environments,
    Optional<String> commit,
    Optional<String> ciActor,
    Optional<String> ciRunUrl,
    Instant startedAt,
    Optional<Instant> finishedAt,
    RunResult result,
    String message,
    Optional<String> previewUrl,
    Optional<String> themeId,
    List<EntityCounts> counts,
    List<RecordFailure> failures,
    List<String> warnings,
    RequestMetrics requests,
    List<PhaseTiming> timings,
    Optional<String> retryCommand) {

  public RunReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(requests, "requests");
    environments = List.copyOf(environments);
    counts = List.copyOf(counts);
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
  }

  /** A builder for a run starting now by {@code clock}; other code fills it as the run goes. */
  public static RunReportBuilder builder(String runId, Operation operation, Clock clock) {
    return new RunReportBuilder(runId, operation, clock);
  }

  public Optional<Duration> duration() {
    return finishedAt.map(end -> Duration.between(startedAt, end));
  }

  /** Counts per class summed over every entity. */
  public Map<ChangeClass, Long> totals() {
    Map<ChangeClass, Long> totals = new EnumMap<>(ChangeClass.class);
    for (EntityCounts entity : counts) {
      entity.counts().forEach((cls, n) -> totals.merge(cls, n, Long::sum));
    }
    return totals;
  }

  /** The same report with every registered secret masked in every text it holds. */
  public RunReport maskedWith(SecretMasker masker) {
    UnaryOperator<String> m = masker::mask;
    return new RunReport(
        m.apply(runId),
        operation,
        environments.stream().map(m).toList(),
        commit.map(m),
        ciActor.map(m),
        ciRunUrl.map(m),
        startedAt,
        finishedAt,
        result,
        m.apply(message),
        previewUrl.map(m),
        themeId.map(m),
        counts.stream().map(c -> new EntityCounts(m.apply(c.entity()), c.counts())).toList(),
        failures.stream().map(f -> new RecordFailure(m.apply(f.entity()), m.apply(f.naturalKey()), m.apply(f.message()))).toList(),
        warnings.stream().map(m).toList(),
        maskEndpoints(requests, m),
        timings.stream().map(t -> new PhaseTiming(m.apply(t.phase()), t.duration())).toList(),
        retryCommand.map(m));
  }

  private static RequestMetrics maskEndpoints(RequestMetrics metrics, UnaryOperator<String> m) {
    Map<String, Long> endpoints = new java.util.TreeMap<>();
    metrics.requestsByEndpoint().forEach((endpoint, n) -> endpoints.merge(m.apply(endpoint), n, Long::sum));
    return new RequestMetrics(endpoints, metrics.retries(), metrics.rateLimited(), metrics.bytesIn(), metrics.bytesOut());
  }
}
