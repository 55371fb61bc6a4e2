package dev.stagingpro.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.NotificationSpec;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.manifest.NotificationSpec.Security;
import dev.stagingpro.core.manifest.NotificationSpec.Smtp;
import dev.stagingpro.core.manifest.NotificationSpec.Type;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.report.SampleReports;
import dev.stagingpro.core.secret.SecretMasker;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail notifications sent with Jakarta/Angus Mail to GreenMail, a real SMTP server running
 * in-process on loopback: plain SMTP with AUTH, and SMTPS (TLS from the first byte).
 */
class EmailNotificationTest {
  private static final String LOGIN = "notifier";
  private static final String PASSWORD = "s3cret-smtp-pass";

  /**
   * GreenMail's SMTPS certificate is self-signed, so this test (and only this test) tells Jakarta
   * Mail to trust any certificate and skip the host-name check. Production code never sets these.
   */
  private static final Properties TRUST_ALL_CERTIFICATES_FOR_TEST_ONLY = new Properties();

  static {
    TRUST_ALL_CERTIFICATES_FOR_TEST_ONLY.put("mail.smtp.ssl.trust", "*");
    TRUST_ALL_CERTIFICATES_FOR_TEST_ONLY.put("mail.smtp.ssl.checkserveridentity", "false");
  }

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)})
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("notifier@acme.test", LOGIN, PASSWORD));

  private final RecordingListener listener = new RecordingListener();
  private final SecretMasker masker = new SecretMasker();

  @Test
  void mailOverSmtpWithAuthCarriesTheRightHeadersAndTheRunSummary() throws Exception {
    List<Delivery> deliveries = notifier(Security.NONE, MAIL.getSmtp().getPort(), new Properties())
        .notify(Event.FAILURE, SampleReports.partialApply(), Optional.of("https://ci.example/runs/42/report.html"));

    assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.delivered()).as(d.detail()).isTrue());
    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("[StagingPro] StagingPro apply on staging, production partly failed");
    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("StagingPro <stagingpro@acme.test>");
    assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("release-team@acme.test", "ops@acme.test");
    // The Date header has whole seconds.
    assertThat(mail.getSentDate().toInstant()).isEqualTo(
        SampleReports.partialApply().finishedAt().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String plain = (String) parts.getBodyPart(0).getContent();
    assertThat(plain).contains("Environment: staging, production", "Commit: 3f6c2a9e8b7d", "Result: PARTIAL",
        "Changes: 15 create, 30 update", "CI run: https://github.com/acme/store/actions/runs/42",
        "Preview: https://store-abc.mybigcommerce.com/?preview=xyz", "Report: https://ci.example/runs/42/report.html");
    assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain("SKU-RED-42", PASSWORD);
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(html).contains("<a href=\"https://ci.example/runs/42/report.html\">Report</a>");
    assertThat(listener.warnings()).isEmpty();
  }

  @Test
  void wrongPasswordIsAWarningWithTheServersReplyButNotThePassword() {
    EnvLookup env = EnvLookup.of(Map.of("SMTP_PASSWORD", "not-the-password"));
    Notifier notifier = new Notifier(List.of(emailSpec(Security.NONE, MAIL.getSmtp().getPort())), env, masker, listener,
        new NotifierTransports(new OkHttpClient(), new Properties()));

    List<Delivery> deliveries = notifier.notify(Event.FAILURE, SampleReports.partialApply(), Optional.empty());

    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.delivered()).isFalse();
      assertThat(d.detail()).startsWith("AuthenticationFailedException").contains("535");
    });
    assertThat(listener.warnings()).singleElement().asString().startsWith("Could not notify email notification #1");
    assertThat(listener.all()).doesNotContain("not-the-password", PASSWORD);
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void mailOverSmtpsIsEncryptedFromTheFirstByte() throws Exception {
    List<Delivery> deliveries = notifier(Security.SSL, MAIL.getSmtps().getPort(), TRUST_ALL_CERTIFICATES_FOR_TEST_ONLY)
        .notify(Event.SUCCESS, WebhookNotificationTest.successfulDeploy(), Optional.empty());

    assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.delivered()).as(d.detail()).isTrue());
    assertThat(MAIL.getReceivedMessages()).hasSize(2);
    assertThat(MAIL.getReceivedMessages()[0].getSubject()).isEqualTo("[StagingPro] StagingPro deploy on production succeeded");
  }

  @Test
  void smtpsRefusesAnUntrustedCertificateByDefault() {
    List<Delivery> deliveries = notifier(Security.SSL, MAIL.getSmtps().getPort(), new Properties())
        .notify(Event.SUCCESS, WebhookNotificationTest.successfulDeploy(), Optional.empty());

    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.delivered()).isFalse();
      assertThat(d.detail()).containsAnyOf("SSLHandshakeException", "certificate", "PKIX");
    });
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void starttlsIsRequiredNeverSkipped() {
    // GreenMail's plain SMTP does not offer STARTTLS: the mail must not go out unencrypted.
    List<Delivery> deliveries = notifier(Security.STARTTLS, MAIL.getSmtp().getPort(), TRUST_ALL_CERTIFICATES_FOR_TEST_ONLY)
        .notify(Event.SUCCESS, WebhookNotificationTest.successfulDeploy(), Optional.empty());

    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.delivered()).isFalse();
      assertThat(d.detail()).containsIgnoringCase("STARTTLS");
    });
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  private Notifier notifier(Security security, int port, Properties mailProperties) {
    EnvLookup env = EnvLookup.of(Map.of("SMTP_PASSWORD", PASSWORD));
    return new Notifier(List.of(emailSpec(security, port)), env, masker, listener,
        new NotifierTransports(new OkHttpClient(), mailProperties));
  }

  private static NotificationSpec emailSpec(Security security, int port) {
    Smtp smtp = new Smtp("127.0.0.1", port, security, Optional.of(LOGIN), Optional.of(new SecretRef("SMTP_PASSWORD")));
    return new NotificationSpec(Type.EMAIL, Set.of(Event.SUCCESS, Event.FAILURE), Optional.empty(), Optional.of(smtp),
        Optional.of("StagingPro <stagingpro@acme.test>"), List.of("release-team@acme.test", "ops@acme.test"));
  }
}
