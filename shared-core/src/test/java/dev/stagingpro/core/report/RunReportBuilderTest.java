package dev.stagingpro.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.migrate.ChangeClass;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportBuilderTest {
  private final MutableClock clock = new MutableClock(SampleReports.START);

  @Test
  void collectsCountsPerEntityAndClassInTheOrderMet() {
    RunReport report = SampleReports.partialApplyBuilder(clock).finish();

    assertThat(report.counts()).extracting(EntityCounts::entity).containsExactly("products", "categories", "pages");
    EntityCounts products = report.counts().get(0);
    assertThat(products.count(ChangeClass.CREATE)).isEqualTo(12);
    assertThat(products.count(ChangeClass.DELETE)).isZero();
    assertThat(products.total()).isEqualTo(244);
    assertThat(report.totals()).containsEntry(ChangeClass.CREATE, 15L).containsEntry(ChangeClass.CONFLICT, 1L)
        .doesNotContainKey(ChangeClass.SKIPPED);
  }

  @Test
  void timesPhasesAndTheRunByTheInjectedClock() {
    RunReport report = SampleReports.partialApplyBuilder(clock).finish();

    assertThat(report.startedAt()).isEqualTo(SampleReports.START);
    assertThat(report.timings()).containsExactly(
        new PhaseTiming("plan", Duration.ofMillis(1_250)), new PhaseTiming("apply", Duration.ofSeconds(75)));
    assertThat(report.duration()).contains(Duration.ofMillis(76_250));
  }

  @Test
  void phaseRunInPiecesAddsUp() {
    RunReportBuilder builder = RunReport.builder("r1", Operation.DEPLOY, clock);
    builder.phase("upload", Duration.ofSeconds(2)).phase("upload", Duration.ofSeconds(3));

    assertThat(builder.finish().timings()).containsExactly(new PhaseTiming("upload", Duration.ofSeconds(5)));
  }

  @Test
  void impliedResultFollowsTheRecords() {
    assertThat(RunReport.builder("r1", Operation.APPLY, clock).count("products", ChangeClass.UPDATE).finish().result())
        .isEqualTo(RunResult.SUCCESS);
    assertThat(SampleReports.partialApplyBuilder(clock).finish().result()).isEqualTo(RunResult.PARTIAL);
    assertThat(RunReport.builder("r2", Operation.APPLY, clock).count("products", ChangeClass.UNCHANGED, 5)
        .failure("products", "SKU-1", "boom").finish().result()).isEqualTo(RunResult.FAILURE);
  }

  @Test
  void snapshotIsRunningWithoutAnEnd() {
    RunReport snapshot = SampleReports.partialApplyBuilder(clock).snapshot();

    assertThat(snapshot.result()).isEqualTo(RunResult.RUNNING);
    assertThat(snapshot.finishedAt()).isEmpty();
    assertThat(snapshot.duration()).isEmpty();
    assertThatThrownBy(() -> RunReport.builder("r", Operation.APPLY, clock).finish(RunResult.RUNNING))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryCommandDefaultsOnlyForMigrationRunsWithFailures() {
    assertThat(SampleReports.partialApply().retryCommand()).contains("stagingpro apply --retry " + SampleReports.RUN_ID);
    assertThat(RunReport.builder("r1", Operation.APPLY, clock).finish().retryCommand()).isEmpty();
    assertThat(RunReport.builder("r2", Operation.DEPLOY, clock).failure("theme", "bundle.zip", "job failed")
        .finish().retryCommand()).isEmpty();
    assertThat(RunReport.builder("r3", Operation.RESTORE, clock).failure("products", "SKU-1", "x")
        .retryCommand("stagingpro restore --run r0").finish().retryCommand()).contains("stagingpro restore --run r0");
  }

  @Test
  void ciContextFillsActorAndRunUrl() {
    var ci = dev.stagingpro.core.ops.CiContext.fromEnvironment(Map.of(
        "GITHUB_ACTOR", "hubot", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/store",
        "GITHUB_RUN_ID", "7")::get);
    RunReport report = RunReport.builder("r", Operation.DEPLOY, clock).ci(ci).finish();

    assertThat(report.ciActor()).contains("hubot");
    assertThat(report.ciRunUrl()).contains("https://github.com/acme/store/actions/runs/7");
  }

  @Test
  void maskingReachesEveryText() {
    SecretMasker masker = new SecretMasker();
    masker.register(Secret.of(SampleReports.LEAKED_TOKEN));
    RunReport leaky = SampleReports.partialApplyBuilder(clock)
        .warning("retrying with " + SampleReports.LEAKED_TOKEN)
        .message("done " + SampleReports.LEAKED_TOKEN)
        .finish();

    RunReport masked = leaky.maskedWith(masker);

    assertThat(masked.toString()).doesNotContain(SampleReports.LEAKED_TOKEN).contains("****");
    assertThat(masked.counts()).isEqualTo(leaky.counts());
    assertThat(masked.requests()).isEqualTo(leaky.requests());
  }

  @Test
  void builderTakesCountsFromManyThreads() throws InterruptedException {
    RunReportBuilder builder = RunReport.builder("r", Operation.APPLY, clock);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(new Thread(() -> {
        for (int i = 0; i < 1_000; i++) {
          builder.count("products", ChangeClass.UPDATE);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(builder.finish().totals()).containsEntry(ChangeClass.UPDATE, 4_000L);
  }

  @Test
  void metricsOfTwoStoresAddUp() {
    RequestMetrics a = new RequestMetrics(Map.of("GET /v3/catalog/products", 2L), 1, 0, 10, 5);
    RequestMetrics b = new RequestMetrics(Map.of("GET /v3/catalog/products", 3L, "GET /v2/pages", 1L), 0, 2, 1, 1);

    RequestMetrics sum = a.plus(b);

    assertThat(sum.requestsByEndpoint()).containsExactly(
        Map.entry("GET /v2/pages", 1L), Map.entry("GET /v3/catalog/products", 5L));
    assertThat(sum).extracting(RequestMetrics::retries, RequestMetrics::rateLimited, RequestMetrics::bytesIn,
        RequestMetrics::bytesOut).containsExactly(1L, 2L, 11L, 6L);
  }
}
