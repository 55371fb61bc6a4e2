package dev.stagingpro.core.manifest;

import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.manifest.NotificationSpec.Security;
import dev.stagingpro.core.manifest.NotificationSpec.Smtp;
import dev.stagingpro.core.manifest.NotificationSpec.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one item of {@code notifications:}: a Slack or Teams webhook, or an e-mail target. */
final class NotificationReader {
  private static final List<String> WEBHOOK_KEYS = List.of("webhook_url");
  private static final List<String> EMAIL_KEYS = List.of("smtp", "from", "to");
  private static final List<String> KEYS = List.of("type", "events", "webhook_url", "smtp", "from", "to");
  private static final List<String> SMTP_KEYS = List.of("host", "port", "security", "username", "password");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private NotificationReader() {}

  static Optional<NotificationSpec> read(YamlValue value) {
    Optional<YamlMap> map = value.map(KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap target = map.get();
    Optional<Type> type = target.require("type", "slack, teams or email").flatMap(v -> v.choice("notification type", Type.class));
    Set<Event> events = target.get("events")
        .flatMap(v -> v.list(item -> item.choice("event", Event.class)))
        .map(Set::copyOf)
        .orElse(EnumSet.allOf(Event.class));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (type.get() == Type.EMAIL) {
      onlyFor(target, WEBHOOK_KEYS, "slack or teams");
      Optional<Smtp> smtp = target.require("smtp", "the mail server to send through").flatMap(NotificationReader::smtp);
      Optional<String> from = target.require("from", "the sender address").flatMap(NotificationReader::address);
      List<String> to = target.require("to", "the addresses to send to")
          .flatMap(v -> v.list(NotificationReader::address)).orElse(List.of());
      return Optional.of(new NotificationSpec(type.get(), events, Optional.empty(), smtp, from, to));
    }
    onlyFor(target, EMAIL_KEYS, "email");
    String example = type.get().name() + "_WEBHOOK_URL";
    Optional<SecretRef> webhook = target.require("webhook_url", "a ${VAR} reference to the incoming-webhook URL")
        .flatMap(v -> v.secret(example));
    return Optional.of(new NotificationSpec(type.get(), events, webhook, Optional.empty(), Optional.empty(), List.of()));
  }

  private static void onlyFor(YamlMap target, List<String> keys, String types) {
    keys.forEach(key -> target.get(key).ifPresent(v -> v.keyProblem("is only for type: " + types)));
  }

  private static Optional<Smtp> smtp(YamlValue value) {
    Optional<YamlMap> map = value.map(SMTP_KEYS);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    YamlMap smtp = map.get();
    Optional<String> host = smtp.require("host", "the mail server's host name").flatMap(YamlValue::text);
    Security security = smtp.get("security").flatMap(v -> v.choice("security", Security.class)).orElse(Security.STARTTLS);
    int port = smtp.get("port").flatMap(v -> v.integer(1)).orElse(defaultPort(security));
    smtp.get("port").filter(v -> port > 65535).ifPresent(v -> v.problem("must be at most 65535"));
    Optional<String> username = smtp.get("username").flatMap(YamlValue::text);
    Optional<SecretRef> password = smtp.get("password").flatMap(v -> v.secret("SMTP_PASSWORD"));
    if (smtp.has("password") && !smtp.has("username")) {
      smtp.problem("has a password but no username; add username");
    }
    return host.map(h -> new Smtp(h, port, security, username, password));
  }

  private static int defaultPort(Security security) {
    return switch (security) {
      case NONE -> 25;
      case STARTTLS -> 587;
      case SSL -> 465;
    };
  }

  private static Optional<String> address(YamlValue value) {
    return value.matching(EMAIL, text -> "'" + text + "' is not an e-mail address");
  }
}
