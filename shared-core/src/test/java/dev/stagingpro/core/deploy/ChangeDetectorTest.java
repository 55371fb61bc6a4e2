package dev.stagingpro.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {
  private final DeploymentRecord last = Records.deployed("staging", "uuid-1", "aaaaaaaaaaaaaaaaaaaa", "tree-1", "sum-1",
      Instant.parse("2026-11-01T10:00:00Z"));

  @Test
  void sameTreeReusesTheLastDeployment() {
    ChangeDetector.Decision decision = ChangeDetector.byTree(Optional.of(last), Optional.of("tree-1"), false);

    assertThat(decision.upload()).isFalse();
    assertThat(decision.reuse()).contains(last);
    assertThat(decision.reason()).contains("nothing under the theme folder changed").contains("commit aaaaaaaaaaaa");
  }

  @Test
  void otherTreeUnknownTreeNoHistoryOrForceUpload() {
    assertThat(ChangeDetector.byTree(Optional.of(last), Optional.of("tree-2"), false).upload()).isTrue();
    assertThat(ChangeDetector.byTree(Optional.of(last), Optional.empty(), false).reason()).contains("uncommitted changes");
    assertThat(ChangeDetector.byTree(Optional.empty(), Optional.of("tree-1"), false).reason()).contains("no earlier");
    assertThat(ChangeDetector.byTree(Optional.of(last), Optional.of("tree-1"), true).reason()).startsWith("--force");
  }

  @Test
  void sameChecksumReusesUnlessForced() {
    assertThat(ChangeDetector.byChecksum(Optional.of(last), "sum-1", false).reuse()).contains(last);
    assertThat(ChangeDetector.byChecksum(Optional.of(last), "sum-1", true).upload()).isTrue();
    assertThat(ChangeDetector.byChecksum(Optional.of(last), "sum-2", false).upload()).isTrue();
  }
}
