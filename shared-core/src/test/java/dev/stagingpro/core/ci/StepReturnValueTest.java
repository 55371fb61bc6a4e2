package dev.stagingpro.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.ops.Operation;
import dev.stagingpro.core.ops.OperationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepReturnValueTest {
  @Test
  void namesTheFactsAPipelineUses() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("preview-url", "https://pr-42.example.com/?guestTkn=x");
    outputs.put("theme-id", "5a6b");
    outputs.put("plan-count-create", "3");
    outputs.put("plan-count-update", "12");
    outputs.put("plan-count-bogus", "many");
    outputs.put("report", ".stagingpro/runs/r1/report.html");
    outputs.put("changed", "true");
    OperationResult result = OperationResult.success(Operation.PREVIEW, List.of(), outputs, null);

    Map<String, Object> value = StepReturnValue.of(result);

    assertThat(value).containsEntry("previewUrl", "https://pr-42.example.com/?guestTkn=x")
        .containsEntry("themeId", "5a6b")
        .containsEntry("planCounts", Map.of("create", 3, "update", 12))
        .containsEntry("reportPath", ".stagingpro/runs/r1/report.html")
        .containsEntry("changed", true)
        .containsEntry("success", true)
        .containsEntry("outputs", outputs);
    assertThat(StepReturnValue.summary(result)).containsExactly(
        "stagingproPreview succeeded (changed the store)",
        "  preview: https://pr-42.example.com/?guestTkn=x",
        "  theme id: 5a6b",
        "  plan: 3 create, 12 update",
        "  report: .stagingpro/runs/r1/report.html");
  }

  @Test
  void absentFactsAreNullOrEmpty() {
    OperationResult result = new OperationResult(Operation.VALIDATE, false, List.of("x"), Map.of(), null);

    Map<String, Object> value = StepReturnValue.of(result);

    assertThat(value).containsEntry("previewUrl", null).containsEntry("themeId", null).containsEntry("reportPath", null)
        .containsEntry("planCounts", Map.of()).containsEntry("changed", false).containsEntry("success", false);
    assertThat(StepReturnValue.summary(result)).containsExactly("stagingproValidate did not succeed");
  }
}
