package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.ops.Operation;
import java.time.Duration;
import java.time.Instant;

/** Reports the report and notification tests share: a finished partial apply with everything filled. */
public final class SampleReports {
  public static final Instant START = Instant.parse("2026-11-21T10:15:30Z");
  public static final String RUN_ID = "20261121-101530-apply-a1b2";
  public static final String COMMIT = "3f6c2a9e8b7d4c1a0f9e8d7c6b5a4f3e2d1c0b9a";
  /** A token a careless store echoed into an error message; tests register it with the masker. */
  public static final String LEAKED_TOKEN = "tok_live_9f8e7d6c5b4a";
  /** A store message with markup, to prove every writer escapes it. */
  public static final String HOSTILE_MESSAGE = "<script>alert('x')</script> | **bold** & [link](javascript:alert(1))";

  private SampleReports() {}

  public static RunReportBuilder partialApplyBuilder(MutableClock clock) {
    RunReportBuilder builder = RunReport.builder(RUN_ID, Operation.APPLY, clock)
        .environment("staging")
        .environment("production")
        .commit(COMMIT)
        .ciActor("octocat")
        .ciRunUrl("https://github.com/acme/store/actions/runs/42")
        .previewUrl("https://store-abc.mybigcommerce.com/?preview=xyz")
        .message("Applied migration catalog-sync to production");
    RunReportBuilder.PhaseTimer plan = builder.startPhase("plan");
    clock.advance(Duration.ofMillis(1_250));
    plan.stop();
    builder.count("products", ChangeClass.CREATE, 12)
        .count("products", ChangeClass.UPDATE, 30)
        .count("products", ChangeClass.UNCHANGED, 200)
        .count("products", ChangeClass.NOT_MIGRATABLE, 2)
        .count("categories", ChangeClass.CREATE, 3)
        .count("categories", ChangeClass.CONFLICT)
        .count("pages", ChangeClass.DELETE)
        .failure("products", "SKU-RED-42", "The field 'price' is invalid: must be >= 0 (auth " + LEAKED_TOKEN + ")")
        .failure("products", "SKU-BLUE-7", HOSTILE_MESSAGE)
        .warning("Category 'Shoes' exists under another parent; created a twin under /Sale")
        .requests(new RequestMetrics(java.util.Map.of(
            "GET /v3/catalog/products", 120L, "PUT /v3/catalog/products", 30L, "POST /v3/catalog/categories", 3L),
            4, 2, 3_400_000, 250_000));
    RunReportBuilder.PhaseTimer apply = builder.startPhase("apply");
    clock.advance(Duration.ofSeconds(75));
    apply.stop();
    apply.stop();
    return builder;
  }

  public static RunReport partialApply() {
    return partialApplyBuilder(new MutableClock(START)).finish();
  }
}
