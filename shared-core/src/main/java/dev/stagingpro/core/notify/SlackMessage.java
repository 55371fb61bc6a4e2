package dev.stagingpro.core.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.report.RunResult;

/**
 * A Slack incoming-webhook payload in Block Kit: a header, the summary, the facts as section
 * fields, link buttons, and {@code text} as the fallback shown in notifications. Texts are cut to
 * Slack's per-element limits, so a long message cannot make Slack refuse the whole payload.
 */
final class SlackMessage {
  static final int HEADER_MAX = 150;
  static final int TEXT_MAX = 3000;
  static final int FIELDS_MAX = 10;
  static final int FIELD_MAX = 2000;
  static final int BUTTON_TEXT_MAX = 75;
  static final int URL_MAX = 3000;

  private SlackMessage() {}

  static ObjectNode payload(ObjectMapper mapper, NotificationMessage message) {
    ObjectNode root = mapper.createObjectNode();
    root.put("text", cut(icon(message.result()) + " " + message.title(), TEXT_MAX));
    ArrayNode blocks = root.putArray("blocks");

    ObjectNode header = blocks.addObject().put("type", "header");
    plainText(header.putObject("text"), cut(message.title(), HEADER_MAX));

    if (!message.summary().isBlank()) {
      ObjectNode summary = blocks.addObject().put("type", "section");
      mrkdwn(summary.putObject("text"), cut(escape(message.summary()), TEXT_MAX));
    }

    ObjectNode facts = blocks.addObject().put("type", "section");
    ArrayNode fields = facts.putArray("fields");
    message.facts().stream().limit(FIELDS_MAX).forEach(f ->
        mrkdwn(fields.addObject(), cut("*" + escape(f.label()) + "*\n" + escape(f.value()), FIELD_MAX)));

    if (!message.links().isEmpty()) {
      ArrayNode buttons = blocks.addObject().put("type", "actions").putArray("elements");
      for (NotificationMessage.Link link : message.links()) {
        if (link.url().length() > URL_MAX) {
          continue;
        }
        ObjectNode button = buttons.addObject().put("type", "button");
        plainText(button.putObject("text"), cut(link.label(), BUTTON_TEXT_MAX));
        button.put("url", link.url());
      }
    }
    ArrayNode context = blocks.addObject().put("type", "context").putArray("elements");
    mrkdwn(context.addObject(), "StagingPro · " + message.event().name().toLowerCase(java.util.Locale.ROOT));
    return root;
  }

  private static void plainText(ObjectNode node, String text) {
    node.put("type", "plain_text").put("text", text).put("emoji", true);
  }

  private static void mrkdwn(ObjectNode node, String text) {
    node.put("type", "mrkdwn").put("text", text);
  }

  /** Slack's mrkdwn reserves exactly these three characters (for links and mentions). */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String icon(RunResult result) {
    return switch (result) {
      case RUNNING -> ":hourglass_flowing_sand:";
      case SUCCESS -> ":white_check_mark:";
      case PARTIAL -> ":warning:";
      case FAILURE -> ":x:";
    };
  }
}
