package dev.stagingpro.core.notify;

import dev.stagingpro.core.report.Html;

/** The subject, text part and HTML part of a notification e-mail. */
record EmailMessage(String subject, String text, String html) {

  static EmailMessage of(NotificationMessage message) {
    return new EmailMessage("[StagingPro] " + message.title(), message.plainText(), html(message));
  }

  private static String html(NotificationMessage message) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    h.append("<h2>").append(Html.escape(message.title())).append("</h2>");
    if (!message.summary().isBlank()) {
      h.append("<p>").append(Html.escape(message.summary())).append("</p>");
    }
    h.append("<table cellpadding=\"4\">");
    message.facts().forEach(f -> h.append("<tr><th align=\"left\">").append(Html.escape(f.label()))
        .append("</th><td>").append(Html.escape(f.value())).append("</td></tr>"));
    h.append("</table>");
    if (!message.links().isEmpty()) {
      h.append("<p>");
      message.links().forEach(l -> h.append("<a href=\"").append(Html.escape(l.url())).append("\">")
          .append(Html.escape(l.label())).append("</a> "));
      h.append("</p>");
    }
    return h.append("</body></html>").toString();
  }
}
