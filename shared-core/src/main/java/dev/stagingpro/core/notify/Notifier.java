package dev.stagingpro.core.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagingpro.core.event.ProgressListener;
import dev.stagingpro.core.manifest.EnvLookup;
import dev.stagingpro.core.manifest.NotificationSpec;
import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.manifest.SecretRef;
import dev.stagingpro.core.report.RunReport;
import dev.stagingpro.core.report.RunResult;
import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends a run's event to every target in the manifest's {@code notifications:} that wants it.
 * Notifying never fails the run and never hides its result: a target that cannot be reached, or
 * answers with an error, becomes a warning on the listener (and a {@link Delivery} in the returned
 * list) naming the target and its answer, never its URL or password.
 */
public final class Notifier {
  private final List<NotificationSpec> specs;
  private final EnvLookup env;
  private final SecretMasker masker;
  private final ProgressListener listener;
  private final ObjectMapper mapper = new ObjectMapper();
  private final WebhookSender webhooks;
  private final SmtpSender mail;

  public Notifier(List<NotificationSpec> specs, EnvLookup env, SecretMasker masker, ProgressListener listener) {
    this(specs, env, masker, listener, NotifierTransports.standard());
  }

  public Notifier(List<NotificationSpec> specs, EnvLookup env, SecretMasker masker, ProgressListener listener,
      NotifierTransports transports) {
    this.specs = List.copyOf(specs);
    this.env = env;
    this.masker = masker;
    this.listener = listener;
    this.webhooks = new WebhookSender(transports.http());
    this.mail = new SmtpSender(transports.mailProperties());
  }

  /**
   * The event a finished run sends: {@code rollback} for rollback and restore runs, otherwise
   * {@code success} or {@code failure} (a partly failed run is a failure).
   */
  public static Event finishEvent(RunReport report) {
    return switch (report.operation()) {
      case ROLLBACK, RESTORE -> Event.ROLLBACK;
      default -> report.result() == RunResult.SUCCESS ? Event.SUCCESS : Event.FAILURE;
    };
  }

  /**
   * Sends {@code event} for {@code report} (a snapshot for {@code start}); {@code reportLink} is
   * where people can open the report (a CI artifact URL, or a path). Returns one delivery per
   * target that wanted the event.
   */
  public List<Delivery> notify(Event event, RunReport report, Optional<String> reportLink) {
    NotificationMessage message = NotificationMessage.describe(event, report.maskedWith(masker), reportLink.map(masker::mask));
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      NotificationSpec spec = specs.get(i);
      if (!wants(spec, event)) {
        continue;
      }
      String target = spec.type().name().toLowerCase(Locale.ROOT) + " notification #" + (i + 1);
      Delivery delivery;
      try {
        delivery = deliver(target, spec, message, report);
      } catch (RuntimeException e) {
        delivery = Delivery.failed(target, masker.mask(e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      deliveries.add(delivery);
      if (delivery.delivered()) {
        listener.info("Notified " + target + " of " + event.name().toLowerCase(Locale.ROOT) + " (" + delivery.detail() + ")");
      } else {
        listener.warn("Could not notify " + target + " of " + event.name().toLowerCase(Locale.ROOT)
            + " (the run's result is not affected): " + delivery.detail());
      }
    }
    return deliveries;
  }

  /** No events listed means every event (the manifest's default). */
  private static boolean wants(NotificationSpec spec, Event event) {
    return spec.events().isEmpty() || spec.events().contains(event);
  }

  private Delivery deliver(String target, NotificationSpec spec, NotificationMessage message, RunReport report) {
    return switch (spec.type()) {
      case SLACK -> postWebhook(target, spec, () -> SlackMessage.payload(mapper, message));
      case TEAMS -> postWebhook(target, spec, () -> TeamsMessage.payload(mapper, message));
      case EMAIL -> sendMail(target, spec, message, report);
    };
  }

  private Delivery postWebhook(String target, NotificationSpec spec,
      java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> payload) {
    if (spec.webhookUrl().isEmpty()) {
      return Delivery.failed(target, "no webhookUrl in stagingpro.yml");
    }
    Optional<Secret> url = resolve(spec.webhookUrl().get());
    if (url.isEmpty()) {
      return Delivery.failed(target, notSet(spec.webhookUrl().get()));
    }
    return webhooks.post(target, url.get(), payload.get());
  }

  private Delivery sendMail(String target, NotificationSpec spec, NotificationMessage message, RunReport report) {
    if (spec.smtp().isEmpty()) {
      return Delivery.failed(target, "no smtp settings in stagingpro.yml");
    }
    if (spec.to().isEmpty()) {
      return Delivery.failed(target, "no recipients (to:) in stagingpro.yml");
    }
    NotificationSpec.Smtp smtp = spec.smtp().get();
    Optional<Secret> password = Optional.empty();
    if (smtp.password().isPresent()) {
      password = resolve(smtp.password().get());
      if (password.isEmpty()) {
        return Delivery.failed(target, notSet(smtp.password().get()));
      }
    }
    String from = spec.from()
        .or(() -> smtp.username().filter(u -> u.contains("@")))
        .orElse("stagingpro@" + smtp.host());
    SmtpSender.Account account = new SmtpSender.Account(smtp, smtp.username(), password, from, spec.to());
    return mail.send(target, account, EmailMessage.of(message), report.finishedAt().orElse(report.startedAt()));
  }

  /** Resolves a secret and registers it, so faces mask it in anything they print afterwards. */
  private Optional<Secret> resolve(SecretRef ref) {
    Optional<Secret> secret = ref.resolve(env);
    secret.ifPresent(masker::register);
    return secret;
  }

  private static String notSet(SecretRef ref) {
    return ref.placeholder() + " is not set; define it in the environment or the CI's secret store";
  }
}
