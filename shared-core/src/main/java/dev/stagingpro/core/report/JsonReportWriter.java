package dev.stagingpro.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.migrate.ChangeClass;
import java.util.Map;
import java.util.Optional;

/**
 * report.json: built field by field (not by reflection) so its shape only changes on purpose.
 * docs/report.schema.json documents it; bump {@link #SCHEMA_VERSION} when a field changes meaning
 * or goes away (adding a field keeps the version).
 */
public final class JsonReportWriter {
  public static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(RunReport report) {
    try {
      return MAPPER.writeValueAsString(toTree(report)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render report.json", e);
    }
  }

  public ObjectNode toTree(RunReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("runId", report.runId());
    root.put("operation", report.operation().cliName());
    ArrayNode environments = root.putArray("environments");
    report.environments().forEach(environments::add);
    putOptional(root, "commit", report.commit());
    putOptional(root, "ciActor", report.ciActor());
    putOptional(root, "ciRunUrl", report.ciRunUrl());
    root.put("startedAt", report.startedAt().toString());
    putOptional(root, "finishedAt", report.finishedAt().map(Object::toString));
    if (report.duration().isPresent()) {
      root.put("durationMillis", report.duration().get().toMillis());
    } else {
      root.putNull("durationMillis");
    }
    root.put("result", report.result().name());
    root.put("message", report.message());
    putOptional(root, "previewUrl", report.previewUrl());
    putOptional(root, "themeId", report.themeId());

    ArrayNode counts = root.putArray("counts");
    for (EntityCounts entity : report.counts()) {
      ObjectNode row = counts.addObject();
      row.put("entity", entity.entity());
      putClasses(row, entity.counts());
      row.put("total", entity.total());
    }
    putClasses(root.putObject("totals"), report.totals());

    ArrayNode failures = root.putArray("failures");
    for (RecordFailure failure : report.failures()) {
      failures.addObject()
          .put("entity", failure.entity())
          .put("naturalKey", failure.naturalKey())
          .put("message", failure.message());
    }
    ArrayNode warnings = root.putArray("warnings");
    report.warnings().forEach(warnings::add);

    RequestMetrics metrics = report.requests();
    ObjectNode requests = root.putObject("requests");
    requests.put("total", metrics.totalRequests());
    ObjectNode byEndpoint = requests.putObject("byEndpoint");
    metrics.requestsByEndpoint().forEach(byEndpoint::put);
    requests.put("retries", metrics.retries());
    requests.put("rateLimited", metrics.rateLimited());
    requests.put("bytesIn", metrics.bytesIn());
    requests.put("bytesOut", metrics.bytesOut());

    ArrayNode timings = root.putArray("timings");
    for (PhaseTiming timing : report.timings()) {
      timings.addObject().put("phase", timing.phase()).put("millis", timing.duration().toMillis());
    }
    putOptional(root, "retryCommand", report.retryCommand());
    return root;
  }

  /** Every class, zeros included, so readers never have to guess a missing key. */
  private static void putClasses(ObjectNode node, Map<ChangeClass, Long> counts) {
    for (ChangeClass cls : ChangeClass.values()) {
      node.put(cls.jsonName(), counts.getOrDefault(cls, 0L));
    }
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
