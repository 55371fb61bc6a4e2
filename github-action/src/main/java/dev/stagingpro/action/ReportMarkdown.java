package dev.stagingpro.action;

import dev.stagingpro.core.ops.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link ActionReport} as GitHub-flavoured Markdown, the same text for the PR comment, the
 * job summary and the {@code report} output: a table of what ran, then the preview link, then
 * each step's details. Values from the core are put in code blocks or escaped table cells, so a
 * line from a template cannot break the layout.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String render(ActionReport report) {
    StringBuilder md = new StringBuilder();
    md.append("### StagingPro · ").append(report.subject()).append("\n\n");
    for (String warning : report.warnings()) {
      md.append("> [!WARNING]\n> ").append(warning.replace("\n", "\n> ")).append("\n\n");
    }
    md.append("| Step | Result | Details |\n|---|---|---|\n");
    for (StepResult step : report.steps()) {
      md.append("| `").append(step.operation().cliName()).append("` | ")
          .append(icon(step.status())).append(' ').append(step.status().label()).append(" | ")
          .append(cell(step.message())).append(" |\n");
    }
    md.append('\n');
    preview(report, md);
    for (StepResult step : report.steps()) {
      details(step, md);
    }
    report.output(ActionReport.PLAN_JSON).ifPresent(json -> md.append("<details><summary>Plan (JSON)</summary>\n\n")
        .append(fenced("json", List.of(json))).append("\n</details>\n\n"));
    footer(report, md);
    return md.toString();
  }

  /** {@code markdown} cut to {@code limit} characters, saying where the rest is. */
  static String truncate(String markdown, int limit, Optional<String> runUrl) {
    if (markdown.length() <= limit) {
      return markdown;
    }
    String where = runUrl.map(url -> "the job summary of [the workflow run](" + url + ")").orElse("the job summary");
    String note = "\n\n… truncated: the full report is in " + where + ".\n";
    return markdown.substring(0, Math.max(0, limit - note.length())) + note;
  }

  private static void preview(ActionReport report, StringBuilder md) {
    Optional<String> url = report.output(ActionReport.PREVIEW_URL);
    if (url.isEmpty()) {
      return;
    }
    md.append("#### Preview\n\n**[Open the theme preview](").append(url.get().replace(")", "%29")).append(")**");
    report.output(ActionReport.THEME_ID).ifPresent(id -> md.append(" · theme `").append(id.replace("`", "'")).append('`'));
    md.append("\n\n");
  }

  private static void details(StepResult step, StringBuilder md) {
    if (step.lines().isEmpty()) {
      return;
    }
    md.append("<details").append(step.status() == StepResult.Status.FAILED || step.operation() == Operation.VALIDATE ? " open" : "")
        .append("><summary><code>").append(step.operation().cliName()).append("</code> ")
        .append(step.status().label()).append("</summary>\n\n")
        .append(fenced("", step.lines())).append("\n</details>\n\n");
  }

  private static void footer(ActionReport report, StringBuilder md) {
    StringBuilder footer = new StringBuilder();
    report.commit().ifPresent(sha -> footer.append("commit `").append(sha, 0, Math.min(12, sha.length())).append('`'));
    report.runUrl().ifPresent(url -> footer.append(footer.isEmpty() ? "" : " · ").append("[workflow run](").append(url).append(')'));
    if (!footer.isEmpty()) {
      md.append("<sub>").append(footer).append("</sub>\n");
    }
  }

  private static String icon(StepResult.Status status) {
    return switch (status) {
      case PASSED -> "✅";
      case FAILED -> "❌";
      case NOT_AVAILABLE -> "⚪";
      case SKIPPED -> "⏭️";
    };
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }

  /** A fenced block long enough that no backtick run in the content can close it. */
  private static String fenced(String language, List<String> lines) {
    String body = String.join("\n", lines);
    String fence = "```";
    while (body.contains(fence)) {
      fence += "`";
    }
    return fence + language + "\n" + body + "\n" + fence + "\n";
  }
}
