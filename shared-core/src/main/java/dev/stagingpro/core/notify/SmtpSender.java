package dev.stagingpro.core.notify;

import dev.stagingpro.core.manifest.NotificationSpec.Security;
import dev.stagingpro.core.manifest.NotificationSpec.Smtp;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends a notification e-mail over SMTP with Jakarta Mail (Angus). STARTTLS is required when
 * asked for (never a silent fall-back to plain text) and server certificates and host names are
 * checked, unless {@code overrides} say otherwise (tests only).
 */
final class SmtpSender {
  private static final String TIMEOUT_MILLIS = "30000";

  private final Properties overrides;

  SmtpSender(Properties overrides) {
    this.overrides = overrides;
  }

  /** An SMTP target resolved from the manifest: where, as whom, from and to which addresses. */
  record Account(Smtp smtp, Optional<String> username, Optional<Secret> password, String from, List<String> to) {}

  Delivery send(String target, Account account, EmailMessage email, Instant sentAt) {
    SecretMasker mask = new SecretMasker();
    account.password().ifPresent(mask::register);
    try {
      Session session = Session.getInstance(properties(account.smtp(), account.username().isPresent()));
      MimeMessage message = message(session, account, email, sentAt);
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(account.smtp().host(), account.smtp().port(), account.username().orElse(null),
            account.password().map(Secret::reveal).orElse(null));
        transport.sendMessage(message, message.getAllRecipients());
      }
      return Delivery.ok(target, "accepted by " + account.smtp().host() + " for " + account.to().size() + " recipient(s)");
    } catch (MessagingException e) {
      return Delivery.failed(target, describe(e, mask));
    }
  }

  private Properties properties(Smtp smtp, boolean auth) {
    Properties props = new Properties();
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", String.valueOf(smtp.port()));
    props.put("mail.smtp.auth", String.valueOf(auth));
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    if (smtp.security() == Security.STARTTLS) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    } else if (smtp.security() == Security.SSL) {
      props.put("mail.smtp.ssl.enable", "true");
    }
    if (smtp.security() != Security.NONE) {
      props.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    props.putAll(overrides);
    return props;
  }

  private static MimeMessage message(Session session, Account account, EmailMessage email, Instant sentAt)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(account.from(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", account.to()), true));
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(sentAt));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.text(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
    // Alternatives go from plainest to richest; clients show the last one they can.
    message.setContent(new MimeMultipart("alternative", text, html));
    return message;
  }

  /** The server's reply (e.g. "535 5.7.8 Authentication credentials invalid") and its cause. */
  private static String describe(MessagingException e, SecretMasker mask) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(firstLine(e.getMessage(), mask));
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      text.append(" (").append(cause.getClass().getSimpleName()).append(": ")
          .append(firstLine(cause.getMessage(), mask)).append(')');
    }
    return text.toString();
  }

  /** Masked before it is cut: a cut through a secret would leave its head unmasked. */
  private static String firstLine(String message, SecretMasker mask) {
    if (message == null) {
      return "";
    }
    String line = mask.mask(message).strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
