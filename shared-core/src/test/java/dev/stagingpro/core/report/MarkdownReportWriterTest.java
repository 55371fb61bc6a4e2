package dev.stagingpro.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
  private final MarkdownReportWriter writer = new MarkdownReportWriter();

  @Test
  void summarisesTheRunWithACountsTableAndFoldedFailures() {
    String md = writer.render(SampleReports.partialApply());
    List<String> lines = md.lines().toList();

    assertThat(lines.get(0)).isEqualTo("### ⚠️ StagingPro apply on staging, production partly failed");
    assertThat(md).contains("**Run** `" + SampleReports.RUN_ID + "`", "**commit** `3f6c2a9e8b7d`", "**by** octocat",
        "**took** 1 min 16 s", "[CI run](https://github.com/acme/store/actions/runs/42)",
        "[Preview](https://store-abc.mybigcommerce.com/?preview=xyz)");
    // Only the classes that occurred get a column.
    assertThat(lines).contains(
        "| Entity | create | update | unchanged | not_migratable | conflict | delete | total |",
        "| products | 12 | 30 | 200 | 2 | 0 | 0 | 244 |",
        "| **total** | **15** | **30** | **200** | **2** | **1** | **1** | **249** |");
    assertThat(md).contains("**Requests** 153 (4 retries, 2 × 429) · 3.2 MiB in · 244.1 KiB out",
        "**Timings** plan 1.3 s · apply 1 min 15 s");
    assertThat(md).contains("<details><summary>2 failures</summary>", "| Entity | Key | Store message |",
        "| products | SKU-RED-42 | The field 'price' is invalid: must be \\>= 0", "</details>",
        "<details><summary>1 warning</summary>",
        "Retry the failed records: `stagingpro apply --retry " + SampleReports.RUN_ID + "`");
  }

  @Test
  void storeMessagesCannotInjectMarkupOrBreakTheTable() {
    String md = writer.render(SampleReports.partialApply());
    String row = md.lines().filter(l -> l.contains("SKU-BLUE-7")).findFirst().orElseThrow();

    assertThat(row).doesNotContain("<script>", "**bold**", "[link]")
        .contains("\\<script\\>", "\\| \\*\\*bold\\*\\* &amp; \\[link\\]");
    // Four unescaped pipes: exactly three cells.
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4);
  }

  @Test
  void longFailureListsAreCutWithAPointerToTheJson() {
    RunReportBuilder builder = RunReport.builder("r1", Operation.APPLY, new MutableClock(SampleReports.START));
    for (int i = 0; i < MarkdownReportWriter.MAX_LISTED + 5; i++) {
      builder.failure("products", "SKU-" + i, "refused");
    }
    String md = writer.render(builder.finish());

    assertThat(md).contains("<summary>105 failures</summary>", "… and 5 more in report.json");
    assertThat(md.lines().filter(l -> l.startsWith("| products | SKU")).count()).isEqualTo(MarkdownReportWriter.MAX_LISTED);
  }

  @Test
  void nonWebLinksAndBackticksStayText() {
    assertThat(MarkdownReportWriter.link("Report", "javascript:alert(1)")).isEqualTo("Report: javascript:alert(1)");
    assertThat(MarkdownReportWriter.text("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownReportWriter.text("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownReportWriter.link("CI run", "https://ci.example/job/(x)"))
        .isEqualTo("[CI run](https://ci.example/job/%28x%29)");
    assertThat(MarkdownReportWriter.code("a`b")).isEqualTo("``a`b``");
  }
}
