package dev.stagingpro.core.manifest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A notification target. URLs and passwords are only ever {@code ${VAR}} references. {@code
 * events} defaults to every event.
 */
public record NotificationSpec(
    Type type,
    Set<Event> events,
    Optional<SecretRef> webhookUrl,
    Optional<Smtp> smtp,
    Optional<String> from,
    List<String> to) {

  public NotificationSpec {
    events = Set.copyOf(events);
    to = List.copyOf(to);
  }

  public enum Type { SLACK, TEAMS, EMAIL }

  public enum Event { START, SUCCESS, FAILURE, ROLLBACK }

  public enum Security { NONE, STARTTLS, SSL }

  public record Smtp(String host, int port, Security security, Optional<String> username, Optional<SecretRef> password) {}
}
