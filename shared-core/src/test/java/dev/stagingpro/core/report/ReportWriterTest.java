package dev.stagingpro.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagingpro.core.secret.Secret;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir
  Path repo;

  @Test
  void writesAllThreeFormsIntoTheRunDirectoryWithSecretsMasked() throws IOException {
    SecretMasker masker = new SecretMasker();
    masker.register(Secret.of(SampleReports.LEAKED_TOKEN));
    Path runDir = repo.resolve(".stagingpro/runs").resolve(SampleReports.RUN_ID);

    ReportFiles files = new ReportWriter(masker).writeAll(SampleReports.partialApply(), runDir);

    assertThat(files.json()).isEqualTo(runDir.resolve("report.json"));
    assertThat(files.markdown()).isEqualTo(runDir.resolve("report.md"));
    assertThat(files.html()).isEqualTo(runDir.resolve("report.html"));
    try (var listing = Files.list(runDir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "report.json", "report.md", "report.html");
    }
    for (Path file : new Path[] {files.json(), files.html()}) {
      assertThat(Files.readString(file)).as(file.toString())
          .doesNotContain(SampleReports.LEAKED_TOKEN).contains("(auth ****)");
    }
    // Markdown escapes the mask's stars so they stay stars.
    assertThat(Files.readString(files.markdown())).doesNotContain(SampleReports.LEAKED_TOKEN).contains("(auth \\*\\*\\*\\*)");
  }

  @Test
  void markdownForCommentsIsMaskedToo() {
    SecretMasker masker = new SecretMasker();
    masker.register(Secret.of(SampleReports.LEAKED_TOKEN));

    assertThat(new ReportWriter(masker).markdown(SampleReports.partialApply()))
        .doesNotContain(SampleReports.LEAKED_TOKEN).contains("\\*\\*\\*\\*");
  }

  @Test
  void rewritingARunReplacesItsReport() throws IOException {
    ReportWriter writer = new ReportWriter(new SecretMasker());
    Path runDir = repo.resolve("run");
    writer.writeAll(SampleReports.partialApplyBuilder(new MutableClock(SampleReports.START)).snapshot(), runDir);

    writer.writeAll(SampleReports.partialApply(), runDir);

    assertThat(Files.readString(runDir.resolve("report.json"))).contains("\"result\" : \"PARTIAL\"");
  }
}
