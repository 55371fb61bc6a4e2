package dev.stagingpro.core.report;

import dev.stagingpro.core.migrate.ChangeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * report.md: a compact summary for pull-request comments and CI job summaries (GitHub-flavoured
 * Markdown). Failures and warnings fold into {@code <details>} sections; long lists are cut so a
 * comment stays well under GitHub's size limit, pointing to report.json for the rest.
 */
public final class MarkdownReportWriter {
  static final int MAX_LISTED = 100;

  public String render(RunReport report) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(icon(report.result())).append(' ')
        .append(text(ReportText.what(report))).append(' ').append(ReportText.result(report.result())).append("\n\n");
    md.append(facts(report)).append("\n\n");
    if (!report.message().isBlank()) {
      md.append(text(report.message())).append("\n\n");
    }
    countsTable(md, report);
    requestsAndTimings(md, report);
    failures(md, report);
    warnings(md, report);
    report.retryCommand().ifPresent(cmd -> md.append("Retry the failed records: ").append(code(cmd)).append("\n"));
    return md.toString();
  }

  private static String facts(RunReport report) {
    StringJoiner line = new StringJoiner(" · ");
    line.add("**Run** " + code(report.runId()));
    report.commit().ifPresent(c -> line.add("**commit** " + code(ReportText.commit(c))));
    report.ciActor().ifPresent(a -> line.add("**by** " + text(a)));
    report.duration().ifPresent(d -> line.add("**took** " + ReportText.duration(d)));
    report.themeId().ifPresent(t -> line.add("**theme** " + code(t)));
    report.ciRunUrl().ifPresent(u -> line.add(link("CI run", u)));
    report.previewUrl().ifPresent(u -> line.add(link("Preview", u)));
    return line.toString();
  }

  private static void countsTable(StringBuilder md, RunReport report) {
    if (report.counts().isEmpty()) {
      return;
    }
    Map<ChangeClass, Long> totals = report.totals();
    // Only classes that occurred: eight mostly-zero columns would bury the numbers that matter.
    List<ChangeClass> columns = new ArrayList<>();
    for (ChangeClass cls : ChangeClass.values()) {
      if (totals.getOrDefault(cls, 0L) > 0) {
        columns.add(cls);
      }
    }
    md.append("| Entity |");
    columns.forEach(c -> md.append(' ').append(c.jsonName()).append(" |"));
    md.append(" total |\n| --- |");
    columns.forEach(c -> md.append(" ---: |"));
    md.append(" ---: |\n");
    for (EntityCounts entity : report.counts()) {
      md.append("| ").append(text(entity.entity())).append(" |");
      columns.forEach(c -> md.append(' ').append(entity.count(c)).append(" |"));
      md.append(' ').append(entity.total()).append(" |\n");
    }
    md.append("| **total** |");
    columns.forEach(c -> md.append(" **").append(totals.get(c)).append("** |"));
    md.append(" **").append(totals.values().stream().mapToLong(Long::longValue).sum()).append("** |\n\n");
  }

  private static void requestsAndTimings(StringBuilder md, RunReport report) {
    RequestMetrics metrics = report.requests();
    if (metrics.totalRequests() > 0) {
      md.append("**Requests** ").append(metrics.totalRequests())
          .append(" (").append(metrics.retries()).append(" retries, ").append(metrics.rateLimited()).append(" × 429)")
          .append(" · ").append(ReportText.bytes(metrics.bytesIn())).append(" in · ")
          .append(ReportText.bytes(metrics.bytesOut())).append(" out  \n");
    }
    if (!report.timings().isEmpty()) {
      StringJoiner phases = new StringJoiner(" · ");
      report.timings().forEach(t -> phases.add(text(t.phase()) + " " + ReportText.duration(t.duration())));
      md.append("**Timings** ").append(phases).append('\n');
    }
    if (metrics.totalRequests() > 0 || !report.timings().isEmpty()) {
      md.append('\n');
    }
  }

  private static void failures(StringBuilder md, RunReport report) {
    folded(md, report.failures(), "failure", "| Entity | Key | Store message |\n| --- | --- | --- |\n",
        f -> "| " + text(f.entity()) + " | " + text(f.naturalKey()) + " | " + text(f.message()) + " |");
  }

  private static void warnings(StringBuilder md, RunReport report) {
    folded(md, report.warnings(), "warning", "", w -> "- " + text(w));
  }

  /** A collapsed {@code <details>} section listing the first {@link #MAX_LISTED} items, one line each. */
  private static <T> void folded(StringBuilder md, List<T> items, String noun, String head, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    md.append("<details><summary>").append(plural(items.size(), noun)).append("</summary>\n\n").append(head);
    items.stream().limit(MAX_LISTED).forEach(item -> md.append(line.apply(item)).append('\n'));
    if (items.size() > MAX_LISTED) {
      md.append("\n… and ").append(items.size() - MAX_LISTED).append(" more in report.json\n");
    }
    md.append("\n</details>\n\n");
  }

  private static String icon(RunResult result) {
    return switch (result) {
      case RUNNING -> "⏳";
      case SUCCESS -> "✅";
      case PARTIAL -> "⚠️";
      case FAILURE -> "❌";
    };
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Plain text for Markdown: one line, inline Markdown punctuation backslash-escaped (so a store
   * message cannot make a link, emphasis, table cell or HTML tag), a leading block marker (heading,
   * list) escaped, and {@code &} as an entity.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c == '&') {
        out.append("&amp;");
      } else if ("\\`*_[]<>|~".indexOf(c) >= 0 || (i == 0 && "#+-".indexOf(c) >= 0)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A code span; a fence one backtick longer than any run of backticks inside. */
  static String code(String value) {
    String oneLine = value.replaceAll("[\\r\\n]+", " ");
    String fence = "`";
    while (oneLine.contains(fence)) {
      fence += "`";
    }
    String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return fence + pad + oneLine + pad + fence;
  }

  /** A link only for http(s) URLs; anything else is shown as text. */
  static String link(String label, String url) {
    if (!ReportText.isWebUrl(url)) {
      return text(label) + ": " + text(url);
    }
    return "[" + text(label) + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
  }
}
