package dev.stagingpro.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentFilesTest {
  @TempDir Path temp;

  @Test
  void outputsUseTheDelimiterFormSoMultiLineValuesSurviveAndEarlierLinesStay() throws Exception {
    Path output = temp.resolve("set_output");
    Files.writeString(output, "earlier=kept\n");
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("plan-json", "{\n  \"changes\": [\"a=b\", \"c<<d\"]\n}");
    outputs.put("changed", "true");

    new EnvironmentFiles(Optional.of(output), Optional.empty(), new SecretMasker()).writeOutputs(outputs);

    String text = Files.readString(output);
    assertThat(text).startsWith("earlier=kept\nplan-json<<ghadelimiter_");
    assertThat(ActionFixture.parseOutputs(text)).containsExactly(
        Map.entry("earlier", "kept"), Map.entry("plan-json", outputs.get("plan-json")), Map.entry("changed", "true"));
  }

  @Test
  void outputsAndSummaryAreMaskedAndASummaryOverTheLimitIsCut() throws Exception {
    SecretMasker masker = new SecretMasker();
    masker.register(Secret.of("tok-123456"));
    Path output = temp.resolve("out");
    Path summary = temp.resolve("summary");
    EnvironmentFiles files = new EnvironmentFiles(Optional.of(output), Optional.of(summary), masker);

    files.writeOutputs(Map.of("report", "used tok-123456"));
    files.appendSummary("head tok-123456 " + "x".repeat(EnvironmentFiles.SUMMARY_LIMIT));

    assertThat(Files.readString(output)).contains("used ****").doesNotContain("tok-123456");
    String written = Files.readString(summary);
    assertThat(written).startsWith("head **** ").contains("… truncated: the full report is in the job summary.");
    assertThat(written.length()).isLessThanOrEqualTo(EnvironmentFiles.SUMMARY_LIMIT + 1);
  }

  @Test
  void outsideARunnerNothingIsWritten() {
    EnvironmentFiles files = new EnvironmentFiles(Optional.empty(), Optional.empty(), new SecretMasker());

    files.writeOutputs(Map.of("changed", "false"));
    files.appendSummary("# nothing");

    assertThat(temp).isEmptyDirectory();
  }
}
