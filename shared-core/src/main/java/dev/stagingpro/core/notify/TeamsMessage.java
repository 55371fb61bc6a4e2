package dev.stagingpro.core.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Microsoft Teams Workflows ("Post to a channel when a webhook request is received") payload: a
 * message with one Adaptive Card 1.4 attachment (title, summary, a FactSet, Action.OpenUrl
 * buttons). Not the retired Office 365 connector MessageCard.
 */
final class TeamsMessage {
  static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String CARD_VERSION = "1.4";

  private TeamsMessage() {}

  static ObjectNode payload(ObjectMapper mapper, NotificationMessage message) {
    ObjectNode root = mapper.createObjectNode().put("type", "message");
    ObjectNode attachment = root.putArray("attachments").addObject();
    attachment.put("contentType", CARD_CONTENT_TYPE);
    attachment.putNull("contentUrl");
    ObjectNode card = attachment.putObject("content");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", CARD_VERSION);
    card.putObject("msteams").put("width", "Full");

    ArrayNode body = card.putArray("body");
    body.addObject().put("type", "TextBlock").put("text", message.title()).put("size", "Large")
        .put("weight", "Bolder").put("color", color(message)).put("wrap", true);
    if (!message.summary().isBlank()) {
      body.addObject().put("type", "TextBlock").put("text", message.summary()).put("wrap", true);
    }
    ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
    message.facts().forEach(f -> facts.addObject().put("title", f.label()).put("value", f.value()));

    if (!message.links().isEmpty()) {
      ArrayNode actions = card.putArray("actions");
      message.links().forEach(l -> actions.addObject().put("type", "Action.OpenUrl").put("title", l.label())
          .put("url", l.url()));
    }
    return root;
  }

  private static String color(NotificationMessage message) {
    return switch (message.result()) {
      case RUNNING -> "Accent";
      case SUCCESS -> "Good";
      case PARTIAL -> "Warning";
      case FAILURE -> "Attention";
    };
  }
}
