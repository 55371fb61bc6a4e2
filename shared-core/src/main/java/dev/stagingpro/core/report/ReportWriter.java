package dev.stagingpro.core.report;

import dev.stagingpro.core.StagingProException;
import dev.stagingpro.core.secret.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's report in all three forms into one directory (callers pass
 * {@code .stagingpro/runs/<RUN_ID>/}). Every registered secret is masked first, so nothing a face
 * resolved can reach a report even if a store echoed it in an error message.
 */
public final class ReportWriter {
  public static final String JSON = "report.json";
  public static final String MARKDOWN = "report.md";
  public static final String HTML = "report.html";

  private final SecretMasker masker;
  private final JsonReportWriter json = new JsonReportWriter();
  private final MarkdownReportWriter markdown = new MarkdownReportWriter();
  private final HtmlReportWriter html = new HtmlReportWriter();

  public ReportWriter(SecretMasker masker) {
    this.masker = masker;
  }

  public ReportFiles writeAll(RunReport report, Path dir) {
    RunReport safe = report.maskedWith(masker);
    try {
      Files.createDirectories(dir);
      Path jsonFile = write(dir.resolve(JSON), json.render(safe));
      Path mdFile = write(dir.resolve(MARKDOWN), markdown.render(safe));
      Path htmlFile = write(dir.resolve(HTML), html.render(safe));
      return new ReportFiles(dir, jsonFile, mdFile, htmlFile);
    } catch (IOException e) {
      throw StagingProException.failed("Cannot write the run report to " + dir + ": " + e.getMessage()
          + "; check that the directory is writable", e);
    }
  }

  /** The Markdown form alone, masked, for faces that post it (PR comment, job summary). */
  public String markdown(RunReport report) {
    return markdown.render(report.maskedWith(masker));
  }

  /** Writes through a temporary file so a reader never sees half a report. */
  private Path write(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, masker.mask(content), StandardCharsets.UTF_8);
    return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
