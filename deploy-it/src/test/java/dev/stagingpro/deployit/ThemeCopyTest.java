package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.history.HistoryListing;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code theme copy} between two sandbox stores over HTTP. */
class ThemeCopyTest extends FixtureTest {

  @BeforeEach
  void deployToProduction() {
    fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("production").approval(Approval.approvedBy("alice")));
  }

  @Test
  void copiesTheActiveThemeAndRecordsItInTheDestinationsHistory() {
    OperationResult result = fixture.run(OperationRequest.builder(Operation.THEME_COPY).from("production").to("staging"));

    String copied = result.outputs().get("theme-id");
    assertThat(result.lines().get(0)).startsWith("Copied theme 'Demo Store' from production to staging");
    try (StoreConnector staging = fixture.connect(fixture.staging)) {
      assertThat(staging.themes().activeTheme(1).activeThemeUuid()).isEqualTo(copied);
      assertThat(staging.themes().get(copied)).map(Theme::name).contains("Demo Store");
    }
    HistoryListing history = (HistoryListing) fixture.run(OperationRequest.builder(Operation.HISTORY).environment("staging")).data();
    assertThat(history.entries()).singleElement().satisfies(e -> assertThat(e.summary()).startsWith("theme copy of Demo Store"));
  }

  @Test
  void copyingToAProtectedEnvironmentNeedsApproval() {
    assertThatThrownBy(() -> fixture.run(OperationRequest.builder(Operation.THEME_COPY).from("staging").to("production")))
        .hasMessageContaining("environment 'production' is protected");
  }
}
