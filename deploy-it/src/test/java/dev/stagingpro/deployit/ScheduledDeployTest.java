package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code deploy --at}: read in the store's own zone (the sandbox store is in America/Chicago). */
class ScheduledDeployTest extends FixtureTest {

  private long writes() {
    return fixture.staging.requestLog().records(r -> !"GET".equals(r.method())).size();
  }

  @Test
  void aTimeInTheStoresDaylightSavingGapIsRefusedBeforeAnythingIsWritten() {
    // 2026-03-08 in Chicago: 02:00 CST jumps to 03:00 CDT
    assertThatThrownBy(() -> fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging").at("2026-03-08T02:30")))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("does not exist in America/Chicago (store time zone)")
        .hasMessageContaining("2026-03-08T03:00");
    assertThat(writes()).isZero();
    assertThat(fixture.sleeps).isEmpty();
  }

  @Test
  void inCiAWaitBeyondMaxWaitIsRefusedWithAScheduledWorkflowToUse() {
    CiContext ci = new CiContext(Optional.of("alice"), Optional.empty(), true);

    assertThatThrownBy(() -> fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging")
        .at("2026-03-06T09:00").ci(ci)))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("longer than --max-wait 5 h 0 min")
        .hasMessageContaining("cron: '0 15 6 3 *'")
        .hasMessageContaining("TZ=America/Chicago");
    assertThat(writes()).isZero();
    assertThat(fixture.sleeps).isEmpty();
  }

  @Test
  void aTimeInThePastIsRefused() {
    assertThatThrownBy(() -> fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging")
        .at("2026-03-05T08:00").maxWait(Duration.ofHours(1))))
        .hasMessageContaining("is in the past");
    assertThat(writes()).isZero();
  }
}
