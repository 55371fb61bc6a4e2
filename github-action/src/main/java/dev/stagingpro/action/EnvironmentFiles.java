package dev.stagingpro.action;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The runner's environment files: step outputs ({@code GITHUB_OUTPUT}) and the job summary
 * ({@code GITHUB_STEP_SUMMARY}). Both are appended to, as other steps' writes must survive, and
 * both get masked text only. Outside a runner (variables unset) nothing is written.
 */
final class EnvironmentFiles {
  /** The runner rejects a step summary over 1 MiB; stay clear of it. */
  static final int SUMMARY_LIMIT = 1_000_000;

  private final Optional<Path> outputFile;
  private final Optional<Path> summaryFile;
  private final SecretMasker masker;

  EnvironmentFiles(Optional<Path> outputFile, Optional<Path> summaryFile, SecretMasker masker) {
    this.outputFile = outputFile;
    this.summaryFile = summaryFile;
    this.masker = masker;
  }

  static EnvironmentFiles of(ActionEnvironment env, SecretMasker masker) {
    return new EnvironmentFiles(env.variable("GITHUB_OUTPUT").map(Path::of), env.variable("GITHUB_STEP_SUMMARY").map(Path::of), masker);
  }

  /**
   * Writes each output in the heredoc form ({@code name<<DELIMITER}), which holds any value,
   * multi-line JSON included; the delimiter is random and checked not to occur in the value.
   */
  void writeOutputs(Map<String, String> outputs) {
    if (outputFile.isEmpty() || outputs.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    outputs.forEach((name, raw) -> {
      String value = masker.mask(raw);
      String delimiter;
      do {
        delimiter = "ghadelimiter_" + UUID.randomUUID();
      } while (value.contains(delimiter));
      text.append(name).append("<<").append(delimiter).append('\n').append(value).append('\n').append(delimiter).append('\n');
    });
    append(outputFile.get(), text.toString(), "GITHUB_OUTPUT");
  }

  void appendSummary(String markdown) {
    summaryFile.ifPresent(file -> append(file,
        ReportMarkdown.truncate(masker.mask(markdown), SUMMARY_LIMIT, Optional.empty()) + "\n", "GITHUB_STEP_SUMMARY"));
  }

  private static void append(Path file, String text, String variable) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw StagingProException.failed("cannot write " + variable + " (" + file + "): " + e.getMessage(), e);
    }
  }
}
