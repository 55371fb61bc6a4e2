package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportMarkdownTest {
  @Test
  void coreTextCannotBreakTheTableOrTheCodeBlocks() {
    ActionReport report = new ActionReport("pull request #3 · auto", List.of(
        StepResult.failed(Operation.VALIDATE, "bad | pipe\nsecond line", List.of("```", "template {{> x}}"), 2),
        StepResult.passed(Operation.PLAN, List.of("2 to create"), Map.of(ActionReport.PLAN_JSON, "{\"creates\": 2}"))),
        List.of("read-only\nrun"), Optional.of("0123456789abcdef"), Optional.of("https://ci/run/1"));

    String markdown = ReportMarkdown.render(report);

    assertThat(markdown).contains(
        "> [!WARNING]\n> read-only\n> run\n",
        "| `validate` | ❌ failed | bad \\| pipe<br>second line |",
        "| `plan` | ✅ passed |  |",
        "<details open><summary><code>validate</code> failed</summary>\n\n````\n```\ntemplate {{> x}}\n````\n",
        "<details><summary>Plan (JSON)</summary>\n\n```json\n{\"creates\": 2}\n```",
        "<sub>commit `0123456789ab` · [workflow run](https://ci/run/1)</sub>");
  }

  @Test
  void thePreviewLinkAndThemeIdComeFromTheOutputs() {
    ActionReport report = new ActionReport("pull request #3 · auto",
        List.of(StepResult.passed(Operation.PREVIEW, List.of(), Map.of(ActionReport.PREVIEW_URL, "https://pr-3.example.com/", ActionReport.THEME_ID, "t-9"))),
        List.of(), Optional.empty(), Optional.empty());

    assertThat(ReportMarkdown.render(report)).contains("#### Preview\n\n**[Open the theme preview](https://pr-3.example.com/)** · theme `t-9`");
  }

  @Test
  void aLongReportIsCutWithAPointerToTheFullOne() {
    String cut = ReportMarkdown.truncate("x".repeat(70_000), PullRequestReporting.COMMENT_LIMIT, Optional.of("https://ci/run/1"));

    assertThat(cut).hasSizeLessThanOrEqualTo(PullRequestReporting.COMMENT_LIMIT)
        .endsWith("… truncated: the full report is in the job summary of [the workflow run](https://ci/run/1).\n");
    assertThat(ReportMarkdown.truncate("short", 100, Optional.empty())).isEqualTo("short");
  }
}
