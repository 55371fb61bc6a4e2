package dev.stagingpro.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.CiContext;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parameter mapping, on plain mojo instances with their fields set as Maven would set them. */
class RequestMappingTest {
  private static final CiContext CI = new CiContext(Optional.of("octocat"), Optional.of("https://ci/run/1"), true);

  @Test
  void everyParameterLandsInItsRequestField() {
    ApplyMojo mojo = new ApplyMojo();
    mojo.environment = "staging";
    mojo.approve = true;
    mojo.ref = "v1.2";
    mojo.pr = 42;
    mojo.migration = "catalogue";
    mojo.plan = new File("/work/p.json");
    mojo.out = new File("/work/out");
    mojo.from = "production";
    mojo.to = "uat";
    mojo.runId = "run-7";
    mojo.entry = 3;
    mojo.at = "2026-12-01T06:00";
    mojo.zone = "Europe/Berlin";
    mojo.maxWait = "1h30m";
    mojo.force = true;
    mojo.reapply = true;
    mojo.entities = List.of("products", "categories");

    OperationRequest request = mojo.toRequest(CI);

    assertThat(request.operation()).isEqualTo(Operation.APPLY);
    assertThat(request.environment()).contains("staging");
    assertThat(request.approval()).isEqualTo(Approval.approvedBy("octocat"));
    assertThat(request.ref()).contains("v1.2");
    assertThat(request.pullRequest()).contains(42);
    assertThat(request.migration()).contains("catalogue");
    assertThat(request.plan()).contains(Path.of("/work/p.json"));
    assertThat(request.out()).contains(Path.of("/work/out"));
    assertThat(request.from()).contains("production");
    assertThat(request.to()).contains("uat");
    assertThat(request.runId()).contains("run-7");
    assertThat(request.historyEntry()).contains(3);
    assertThat(request.at()).contains("2026-12-01T06:00");
    assertThat(request.zone()).contains("Europe/Berlin");
    assertThat(request.maxWait()).contains(Duration.ofMinutes(90));
    assertThat(request.force()).isTrue();
    assertThat(request.reapply()).isTrue();
    assertThat(request.entities()).containsExactly("products", "categories");
    assertThat(request.ci()).isEqualTo(CI);
  }

  @Test
  void unsetParametersLeaveTheRequestEmptyAndUnapproved() {
    OperationRequest request = new DeployMojo().toRequest(CiContext.LOCAL);

    assertThat(request).isEqualTo(OperationRequest.builder(Operation.DEPLOY).build());
    assertThat(request.approval()).isEqualTo(Approval.NONE);
  }

  @Test
  void blankStringsCountAsUnset() {
    DeployMojo mojo = new DeployMojo();
    mojo.environment = " ";
    mojo.maxWait = "";

    OperationRequest request = mojo.toRequest(CiContext.LOCAL);

    assertThat(request.environment()).isEmpty();
    assertThat(request.maxWait()).isEmpty();
  }

  @Test
  void approvalWithoutACiActorIsStillAnApproval() {
    DeployMojo mojo = new DeployMojo();
    mojo.approve = true;

    assertThat(mojo.toRequest(CiContext.LOCAL).approval()).isEqualTo(new Approval(true, Optional.empty()));
  }

  @Test
  void entitiesGivenAsOneCommaSeparatedValueAreSplit() {
    ResetMojo mojo = new ResetMojo();
    mojo.entities = List.of("products, categories", "brands", " ");

    assertThat(mojo.toRequest(CiContext.LOCAL).entities()).containsExactly("products", "categories", "brands");
  }

  @Test
  void anUnreadableMaxWaitNamesTheProperty() {
    DeployMojo mojo = new DeployMojo();
    mojo.maxWait = "soon";

    assertThatThrownBy(() -> mojo.toRequest(CiContext.LOCAL))
        .isInstanceOf(StagingProException.class)
        .hasMessageContaining("'stagingpro.maxWait' must be a duration")
        .hasMessageContaining("'soon'");
  }

  @Test
  void bundleWritesUnderTargetUnlessTold() {
    BundleMojo mojo = new BundleMojo();
    mojo.defaultBundle = new File("/project/target/shop-1.0-theme.zip");

    assertThat(mojo.toRequest(CiContext.LOCAL).out()).contains(Path.of("/project/target/shop-1.0-theme.zip"));

    mojo.out = new File("/elsewhere/theme.zip");
    assertThat(mojo.toRequest(CiContext.LOCAL).out()).contains(Path.of("/elsewhere/theme.zip"));
  }

  @Test
  void batchModeMeansPlainCiOutputAndKeepsTheActor() {
    CiContext terminal = new CiContext(Optional.of("dev"), Optional.empty(), false);

    assertThat(AbstractStagingProMojo.ciContext(terminal, true)).isEqualTo(terminal);
    assertThat(AbstractStagingProMojo.ciContext(terminal, false))
        .isEqualTo(new CiContext(Optional.of("dev"), Optional.empty(), true));
    assertThat(AbstractStagingProMojo.ciContext(CI, true)).isEqualTo(CI);
  }
}
