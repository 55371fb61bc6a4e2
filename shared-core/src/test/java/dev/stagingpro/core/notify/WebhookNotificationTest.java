package dev.stagingpro.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.NotificationSpec;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.manifest.NotificationSpec.Type;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.report.MutableClock;
import dev.stagingpro.core.report.RunReport;
import dev.stagingpro.core.report.SampleReports;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack and Teams payloads posted over real HTTP to a loopback server and checked against their documented shapes. */
class WebhookNotificationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The secret part of a webhook URL, as Slack and Teams issue them. */
  private static final String SLACK_PATH = "/services/T0001/B0002/slackSecretToken123";
  private static final String TEAMS_PATH = "/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=teamsSignature456";
  private static final String REPORT_LINK = "https://github.com/acme/store/actions/runs/42#artifacts";

  private RecordingWebhook server;
  private final RecordingListener listener = new RecordingListener();
  private final SecretMasker masker = new SecretMasker();

  @BeforeEach
  void start() throws Exception {
    server = new RecordingWebhook();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void slackGetsABlockKitMessageSayingWhatRanWhereAndHowItEnded() throws Exception {
    List<Delivery> deliveries = notifier(spec(Type.SLACK, "SLACK_URL")).notify(Event.FAILURE, SampleReports.partialApply(),
        Optional.of(REPORT_LINK));

    assertThat(deliveries).containsExactly(new Delivery("slack notification #1", true, "HTTP 200: ok"));
    RecordingWebhook.Received request = single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(SLACK_PATH);
    assertThat(request.contentType()).startsWith("application/json");

    JsonNode payload = JSON.readTree(request.body());
    assertThat(payload.get("text").asText()).isEqualTo(":warning: StagingPro apply on staging, production partly failed");
    JsonNode blocks = payload.get("blocks");
    assertThat(blocks.size()).isBetween(1, 50);
    for (JsonNode block : blocks) {
      assertThat(block.get("type").asText()).isIn("header", "section", "actions", "context", "divider");
    }
    JsonNode header = blocks.get(0);
    assertThat(header.get("type").asText()).isEqualTo("header");
    assertThat(header.at("/text/type").asText()).isEqualTo("plain_text");
    assertThat(header.at("/text/text").asText()).hasSizeLessThanOrEqualTo(150)
        .isEqualTo("StagingPro apply on staging, production partly failed");

    JsonNode fields = findBlock(blocks, "section", "fields").get("fields");
    assertThat(fields.size()).isBetween(1, 10);
    List<String> fieldTexts = new ArrayList<>();
    for (JsonNode field : fields) {
      assertThat(field.get("type").asText()).isEqualTo("mrkdwn");
      assertThat(field.get("text").asText()).hasSizeLessThanOrEqualTo(2000);
      fieldTexts.add(field.get("text").asText());
    }
    assertThat(fieldTexts).contains("*Environment*\nstaging, production", "*Commit*\n3f6c2a9e8b7d",
        "*Started by*\noctocat", "*Result*\nPARTIAL", "*Duration*\n1 min 16 s",
        "*Changes*\n15 create, 30 update, 200 unchanged, 2 not_migratable, 1 conflict, 1 delete",
        "*Failures*\n2 (products)");

    JsonNode buttons = findBlock(blocks, "actions", "elements").get("elements");
    assertThat(buttons).allSatisfy(b -> {
      assertThat(b.get("type").asText()).isEqualTo("button");
      assertThat(b.at("/text/type").asText()).isEqualTo("plain_text");
      assertThat(b.at("/text/text").asText()).hasSizeLessThanOrEqualTo(75);
    });
    assertThat(buttons.findValuesAsText("url")).containsExactly(
        "https://github.com/acme/store/actions/runs/42", "https://store-abc.mybigcommerce.com/?preview=xyz", REPORT_LINK);
    assertThat(listener.infos()).containsExactly("Notified slack notification #1 of failure (HTTP 200: ok)");
  }

  @Test
  void teamsGetsAnAdaptiveCardNotAConnectorMessageCard() throws Exception {
    server.answer(202, "");
    List<Delivery> deliveries = notifier(spec(Type.TEAMS, "TEAMS_URL")).notify(Event.SUCCESS, successfulDeploy(),
        Optional.of(REPORT_LINK));

    assertThat(deliveries).extracting(Delivery::delivered).containsExactly(true);
    RecordingWebhook.Received request = single();
    assertThat(request.path()).isEqualTo(TEAMS_PATH);
    JsonNode payload = JSON.readTree(request.body());
    assertThat(payload.get("type").asText()).isEqualTo("message");
    assertThat(payload.has("@type")).as("O365 connector MessageCard field").isFalse();
    assertThat(payload.has("sections")).isFalse();
    assertThat(payload.get("attachments").size()).isEqualTo(1);
    JsonNode attachment = payload.at("/attachments/0");
    assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");

    JsonNode card = attachment.get("content");
    assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(Double.parseDouble(card.get("version").asText())).isGreaterThanOrEqualTo(1.4);
    assertThat(card.get("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
    JsonNode body = card.get("body");
    assertThat(body.isArray()).isTrue();
    for (JsonNode element : body) {
      assertThat(element.get("type").asText()).isIn("TextBlock", "FactSet");
    }
    assertThat(body.get(0).get("text").asText()).isEqualTo("StagingPro deploy on production succeeded");
    assertThat(body.get(0).get("color").asText()).isEqualTo("Good");
    JsonNode facts = findElement(body, "FactSet").get("facts");
    Map<String, String> factMap = new java.util.LinkedHashMap<>();
    facts.forEach(f -> factMap.put(f.get("title").asText(), f.get("value").asText()));
    assertThat(factMap).containsEntry("Environment", "production").containsEntry("Theme", "6f1c0c7e-theme")
        .containsEntry("Changes", "1 update").containsEntry("Result", "SUCCESS");
    assertThat(card.get("actions")).allSatisfy(a -> assertThat(a.get("type").asText()).isEqualTo("Action.OpenUrl"));
    assertThat(card.get("actions").findValuesAsText("title")).containsExactly("CI run", "Preview", "Report");
  }

  @Test
  void startNotificationUsesASnapshotAndOnlyTargetsThatWantIt() throws Exception {
    NotificationSpec startOnly = new NotificationSpec(Type.SLACK, Set.of(Event.START), Optional.of(new SecretRef("SLACK_URL")),
        Optional.empty(), Optional.empty(), List.of());
    NotificationSpec failuresOnly = new NotificationSpec(Type.TEAMS, Set.of(Event.FAILURE),
        Optional.of(new SecretRef("TEAMS_URL")), Optional.empty(), Optional.empty(), List.of());
    RunReport snapshot = SampleReports.partialApplyBuilder(new MutableClock(SampleReports.START)).snapshot();

    List<Delivery> deliveries = notifier(startOnly, failuresOnly).notify(Event.START, snapshot, Optional.empty());

    assertThat(deliveries).extracting(Delivery::target).containsExactly("slack notification #1");
    JsonNode payload = JSON.readTree(single().body());
    assertThat(payload.at("/blocks/0/text/text").asText()).isEqualTo("StagingPro apply on staging, production started");
    assertThat(payload.toString()).doesNotContain("Changes", "Duration");
  }

  @Test
  void failingWebhookBecomesAWarningWithTheStatusButNeverTheUrl() {
    // The server echoes the secret path, as some proxies do in their error pages.
    server.answer(500, "internal error handling " + SLACK_PATH + "\n retry later");

    List<Delivery> deliveries = notifier(spec(Type.SLACK, "SLACK_URL")).notify(Event.FAILURE, SampleReports.partialApply(),
        Optional.empty());

    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.delivered()).isFalse();
      assertThat(d.detail()).startsWith("HTTP 500: internal error handling").contains("retry later");
    });
    assertThat(listener.warnings()).singleElement().asString()
        .startsWith("Could not notify slack notification #1 of failure (the run's result is not affected): HTTP 500");
    assertThat(listener.all()).doesNotContain("slackSecretToken123", server.url(""));
    // The resolved URL is now known to the masker, so faces mask it anywhere else too.
    assertThat(masker.mask("posting to " + server.url(SLACK_PATH))).isEqualTo("posting to ****");
  }

  @Test
  void aLongAnswerIsCutOnlyAfterMaskingSoNoPieceOfTheUrlIsShown() {
    // The echoed path starts just before the cut: cutting first would leave its head unmasked.
    server.answer(500, "e".repeat(WebhookSender.BODY_SHOWN - 10) + " " + SLACK_PATH);

    List<Delivery> deliveries = notifier(spec(Type.SLACK, "SLACK_URL")).notify(Event.FAILURE, SampleReports.partialApply(),
        Optional.empty());

    assertThat(deliveries).singleElement().extracting(Delivery::detail).asString()
        .startsWith("HTTP 500: eee").doesNotContain("/services", "T0001");
    assertThat(listener.all()).doesNotContain("/services");
  }

  @Test
  void unreachableOrUnsetTargetsAreWarningsAndTheOthersStillGetTheMessage() {
    EnvLookup env = EnvLookup.of(Map.of("SLACK_URL", server.url(SLACK_PATH), "DEAD_URL", "http://127.0.0.1:1/hook/deadSecret99"));
    NotificationSpec unset = spec(Type.TEAMS, "TEAMS_URL_NOT_SET");
    NotificationSpec dead = spec(Type.SLACK, "DEAD_URL");
    NotificationSpec live = spec(Type.SLACK, "SLACK_URL");

    List<Delivery> deliveries = new Notifier(List.of(unset, dead, live), env, masker, listener)
        .notify(Event.SUCCESS, successfulDeploy(), Optional.empty());

    assertThat(deliveries).extracting(Delivery::delivered).containsExactly(false, false, true);
    assertThat(deliveries.get(0).detail()).startsWith("${TEAMS_URL_NOT_SET} is not set");
    assertThat(deliveries.get(1).detail()).startsWith("ConnectException");
    assertThat(listener.warnings()).hasSize(2);
    assertThat(listener.all()).doesNotContain("deadSecret99");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void messagesCarryNoCustomerDataAndNoRegisteredSecret() {
    masker.register(Secret.of(SampleReports.LEAKED_TOKEN));
    RunReport report = SampleReports.partialApplyBuilder(new MutableClock(SampleReports.START))
        .message("Applied, token " + SampleReports.LEAKED_TOKEN).finish();

    notifier(spec(Type.SLACK, "SLACK_URL"), spec(Type.TEAMS, "TEAMS_URL")).notify(Event.FAILURE, report, Optional.empty());

    assertThat(server.received()).hasSize(2).allSatisfy(r -> assertThat(r.body())
        .doesNotContain(SampleReports.LEAKED_TOKEN, "SKU-RED-42", "SKU-BLUE-7", "price' is invalid", "<script>")
        .contains("Applied, token ****"));
  }

  @Test
  void finishEventFollowsTheResultAndRollbacksAreTheirOwnEvent() {
    assertThat(Notifier.finishEvent(successfulDeploy())).isEqualTo(Event.SUCCESS);
    assertThat(Notifier.finishEvent(SampleReports.partialApply())).isEqualTo(Event.FAILURE);
    RunReport rollback = RunReport.builder("r9", dev.stagingpro.core.ops.Operation.ROLLBACK,
        new MutableClock(SampleReports.START)).environment("production").finish();
    assertThat(Notifier.finishEvent(rollback)).isEqualTo(Event.ROLLBACK);
  }

  private Notifier notifier(NotificationSpec... specs) {
    EnvLookup env = EnvLookup.of(Map.of("SLACK_URL", server.url(SLACK_PATH), "TEAMS_URL", server.url(TEAMS_PATH)));
    return new Notifier(List.of(specs), env, masker, listener);
  }

  private static NotificationSpec spec(Type type, String variable) {
    return new NotificationSpec(type, Set.of(), Optional.of(new SecretRef(variable)), Optional.empty(), Optional.empty(),
        List.of());
  }

  static RunReport successfulDeploy() {
    MutableClock clock = new MutableClock(SampleReports.START);
    var builder = RunReport.builder("20261121-deploy-1", dev.stagingpro.core.ops.Operation.DEPLOY, clock)
        .environment("production").commit(SampleReports.COMMIT).ciActor("octocat")
        .ciRunUrl("https://github.com/acme/store/actions/runs/43")
        .previewUrl("https://store-abc.mybigcommerce.com/")
        .themeId("6f1c0c7e-theme").message("Cornerstone 6.1 active on 2 channels")
        .count("theme", dev.stagingpro.core.migrate.ChangeClass.UPDATE);
    clock.advance(java.time.Duration.ofSeconds(42));
    return builder.finish();
  }

  private RecordingWebhook.Received single() {
    assertThat(server.received()).hasSize(1);
    return server.received().get(0);
  }

  private static JsonNode findBlock(JsonNode blocks, String type, String field) {
    for (JsonNode block : blocks) {
      if (block.get("type").asText().equals(type) && block.has(field)) {
        return block;
      }
    }
    throw new AssertionError("no " + type + " block with " + field + " in " + blocks);
  }

  private static JsonNode findElement(JsonNode body, String type) {
    for (JsonNode element : body) {
      if (element.get("type").asText().equals(type)) {
        return element;
      }
    }
    throw new AssertionError("no " + type + " in " + body);
  }
}
