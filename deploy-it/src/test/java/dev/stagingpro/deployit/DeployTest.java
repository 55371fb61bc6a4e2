package dev.stagingpro.deployit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.deploy.DeploymentHistory;
import dev.stagingpro.core.deploy.DeploymentRecord;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.history.MetafieldStoreNotes;
import dev.stagingpro.core.ops.Approval;
import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationRequest;
import dev.stagingpro.core.ops.OperationResult;
import dev.stagingpro.core.store.StoreConnector;
import dev.stagingpro.core.store.model.Theme;
import dev.stagingpro.sandbox.knobs.ThemeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code deploy} against a sandbox store over HTTP. */
class DeployTest extends FixtureTest {
  private static final String UPLOADS = "POST /v3/themes";


  private OperationResult deploy(String env) {
    return fixture.run(OperationRequest.builder(Operation.DEPLOY).environment(env));
  }

  private int customThemes() {
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      return (int) store.themes().list().stream().filter(t -> Boolean.TRUE.equals(t.isPrivate())).count();
    }
  }

  private String shownOnChannel1(StoreConnector store) {
    return store.themes().activeTheme(1).activeThemeUuid();
  }

  @Test
  void uploadsActivatesTheVariationChecksTheChannelAndRecordsTheDeployment() throws Exception {
    OperationResult result = deploy("staging");

    String themeId = result.outputs().get("theme-id");
    assertThat(result.outputs()).containsEntry("changed", "true");
    assertThat(result.lines().get(0)).startsWith("Deployed theme 'Demo Store' (" + themeId + ") variation 'Light' on staging channel 1");
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      assertThat(shownOnChannel1(store)).isEqualTo(themeId);
      assertThat(store.themes().get(themeId)).map(Theme::name).contains("Demo Store");
    }
    Path report = fixture.repo.resolve(result.outputs().get("report"));
    assertThat(report).exists();
    assertThat(Files.readString(report.resolveSibling("report.json"))).contains(themeId).contains("SUCCESS");

    OperationResult history = fixture.run(OperationRequest.builder(Operation.HISTORY).environment("staging"));
    assertThat(history.lines()).hasSize(2);
    assertThat(history.lines().get(1)).contains("deployment").contains("success").contains("variation Light").contains(themeId);
  }

  @Test
  void anUnchangedThemeIsNotUploadedAgainUnlessForced() {
    String first = deploy("staging").outputs().get("theme-id");
    fixture.write("README.md", "changes outside the theme folder do not count\n");
    fixture.commit("Docs");

    OperationResult unchanged = deploy("staging");

    assertThat(unchanged.outputs()).containsEntry("changed", "false").containsEntry("theme-id", first);
    assertThat(unchanged.lines().get(1)).contains("nothing under the theme folder changed");
    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(1);

    OperationResult forced = fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging").force(true));
    assertThat(forced.outputs()).containsEntry("changed", "true");
    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(2);

    fixture.changeTheme("new banner");
    OperationResult changed = deploy("staging");
    assertThat(changed.outputs()).containsEntry("changed", "true");
    assertThat(changed.lines().get(1)).contains("the theme folder changed");
    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(3);
  }

  @Test
  void aProtectedEnvironmentTakesNothingWithoutApproval() {
    assertThatThrownBy(() -> deploy("production"))
        .isInstanceOfSatisfying(StagingProException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("environment 'production' is protected");
    assertThat(fixture.production.requestLog().records(r -> !"GET".equals(r.method()))).isEmpty();

    OperationResult approved = fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("production")
        .approval(Approval.approvedBy("alice")));
    assertThat(approved.outputs()).containsEntry("changed", "true");
  }

  @Test
  void waitsWhileAnotherUploadIsInProgress() throws Exception {
    fixture.staging.knobs().themes(ThemeSettings.DEFAULT.jobDurations(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    Path zip = fixture.bundle();
    try (StoreConnector other = fixture.connect(fixture.staging)) {
      other.themes().startUpload(zip, "Demo Store");
    }

    OperationResult result = deploy("staging");

    assertThat(fixture.messages(ProgressEvent.Kind.INFO)).anyMatch(m -> m.startsWith("Another theme upload is in progress on 'staging'"));
    assertThat(fixture.staging.requestLog().countStatus(409)).isPositive();
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      assertThat(shownOnChannel1(store)).isEqualTo(result.outputs().get("theme-id"));
    }
  }

  @Test
  void atTheThemeLimitDeletesTheOldestThemeItUploadedThatNoChannelShowsAndSaysSo() {
    String first = deploy("staging").outputs().get("theme-id");
    fixture.changeTheme("second");
    String second = deploy("staging").outputs().get("theme-id");
    int onStore;
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      onStore = store.themes().list().size();
    }
    // the store's built-in theme does not count: the limit is on custom themes
    fixture.staging.knobs().themes(ThemeSettings.DEFAULT.customThemeLimit(customThemes()));
    fixture.changeTheme("third");

    OperationResult third = deploy("staging");

    assertThat(third.lines()).anyMatch(l -> l.contains("deleted theme 'Demo Store' (" + first + ", last updated"));
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      List<String> uuids = store.themes().list().stream().map(Theme::uuid).toList();
      assertThat(uuids).doesNotContain(first).contains(second, third.outputs().get("theme-id")).hasSize(onStore);
    }
    assertThat(fixture.messages(ProgressEvent.Kind.WARNING)).anyMatch(m -> m.contains("was at its custom-theme limit"));
  }

  @Test
  void atTheThemeLimitWithoutAThemeOfItsOwnToDeleteItFailsAndDeletesNothing() throws Exception {
    Path zip = fixture.bundle();
    List<String> before;
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      store.themes().upload(zip, "Demo Store"); // uploaded by hand, not by a deployment
      before = store.themes().list().stream().map(Theme::uuid).toList();
    }
    fixture.staging.knobs().themes(ThemeSettings.DEFAULT.customThemeLimit(customThemes()));

    assertThatThrownBy(() -> deploy("staging"))
        .hasMessageContaining("holds its maximum of custom themes")
        .hasMessageContaining("nothing was deleted");
    try (StoreConnector store = fixture.connect(fixture.staging)) {
      assertThat(store.themes().list().stream().map(Theme::uuid).toList()).containsExactlyElementsOf(before);
    }
  }

  @Test
  void aTransientlyFailedUploadJobIsSentOnceMore() {
    fixture.staging.knobs().themes(ThemeSettings.DEFAULT.transientFailureRate(1.0));
    fixture.onEvent = e -> {
      if (e.message().contains("uploading once more")) {
        fixture.staging.knobs().themes(ThemeSettings.DEFAULT);
      }
    };

    OperationResult result = deploy("staging");

    assertThat(result.outputs()).containsEntry("changed", "true");
    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(2);
    assertThat(fixture.messages(ProgressEvent.Kind.WARNING)).anyMatch(m -> m.contains("failed for a transient reason"));
  }

  @Test
  void anUploadJobThatFailsTwiceFailsTheRunWithTheStoresErrorsRecorded() throws Exception {
    fixture.staging.knobs().themes(ThemeSettings.DEFAULT.transientFailureRate(1.0));

    assertThatThrownBy(() -> deploy("staging")).hasMessageContaining("failed (attempt 2)");

    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(2);
    Path runs = fixture.repo.resolve(".stagingpro/runs");
    try (var reports = Files.list(runs)) {
      Path report = reports.findFirst().orElseThrow().resolve("report.json");
      assertThat(Files.readString(report)).contains("FAILURE").contains("theme file");
    }
    OperationResult history = fixture.run(OperationRequest.builder(Operation.HISTORY).environment("staging"));
    assertThat(history.lines().get(1)).contains("failure");
  }

  @Test
  void aFailedRunsMessageIsMaskedBeforeItIsRecordedInTheStore() throws Exception {
    // A build that fails after printing a local .env (a common debugging step) puts the token into the failure.
    String token = fixture.staging.token().reveal();
    fixture.write(".env", "STAGING_TOKEN=" + token + "\n");
    fixture.write("stagingpro.yml", fixture.manifest(2).replace("  path: theme\n",
        "  path: theme\n  build:\n    command: cat ../.env; exit 3\n"));
    fixture.commit("Theme build that fails");

    assertThatThrownBy(() -> deploy("staging")).hasMessageContaining("exit code 3");

    try (StoreConnector store = fixture.connect(fixture.staging)) {
      List<DeploymentRecord> recorded = new DeploymentHistory(MetafieldStoreNotes.onStore(store.metafields())).of("staging");
      assertThat(recorded).singleElement().satisfies(r -> assertThat(r.message()).hasValueSatisfying(message ->
          assertThat(message).contains("exit code 3", "STAGING_TOKEN=****").doesNotContain(token)));
    }
  }

  @Test
  void aBundleTheStoreRefusesFailsAtOnceWithTheCodeAndTheFileItNames() throws Exception {
    // the bundler leaves developer information to the store, which refuses a theme without it (TR-900)
    Path config = fixture.repo.resolve("theme/config.json");
    Files.writeString(config, Files.readString(config).replace("\"author_name\": \"StagingPro\"", "\"author_name\": \"\""));
    fixture.commit("No author");

    assertThatThrownBy(() -> deploy("staging"))
        .hasMessageContaining("config.json: TR-900: config.json meta.author_name (developer information) is missing");

    assertThat(fixture.requests(fixture.staging, UPLOADS)).isEqualTo(1);
    try (var reports = Files.list(fixture.repo.resolve(".stagingpro/runs"))) {
      String report = Files.readString(reports.findFirst().orElseThrow().resolve("report.md"));
      assertThat(report).contains("config.json").contains("TR-900");
    }
  }

  @Test
  void aScheduledDeployWaitsWithACountdownAndStartsOnTime() {
    // 11:30 in Chicago (CST) is 17:30 UTC, two and a half hours after the fixture's start
    OperationResult result = fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging").at("2026-03-05T11:30"));

    Instant at = Instant.parse("2026-03-05T17:30:00Z");
    assertThat(fixture.staging.requestLog().records(r -> "POST /v3/themes".equals(r.route())))
        .singleElement().satisfies(upload -> assertThat(upload.time()).isAfterOrEqualTo(at));
    assertThat(fixture.events.stream().filter(e -> e.kind() == ProgressEvent.Kind.PROGRESS).map(ProgressEvent::message))
        .anyMatch(m -> m.startsWith("starting in 2 h 30 min"));
    assertThat(result.outputs()).containsEntry("changed", "true");
  }

  @Test
  void aScheduledDeployAtARepeatedHourTakesTheEarlierOneAndSaysSo() {
    // 2026-11-01 in Chicago: 02:00 CDT goes back to 01:00 CST, so 01:30 happens twice
    fixture.clock.set(Instant.parse("2026-11-01T05:00:00Z"));

    fixture.run(OperationRequest.builder(Operation.DEPLOY).environment("staging").at("2026-11-01T01:30"));

    assertThat(fixture.messages(ProgressEvent.Kind.INFO)).anyMatch(m -> m.contains("happens twice in America/Chicago")
        && m.contains("using the earlier one, -05:00 = 2026-11-01T06:30:00Z"));
    assertThat(fixture.staging.requestLog().records(r -> "POST /v3/themes".equals(r.route())))
        .singleElement().satisfies(upload -> assertThat(upload.time()).isAfterOrEqualTo(Instant.parse("2026-11-01T06:30:00Z")));
  }
}
