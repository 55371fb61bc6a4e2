package dev.stagingpro.core.report;

import java.nio.file.Path;

/** Where {@link ReportWriter#writeAll} put a run's report. */
public record ReportFiles(Path directory, Path json, Path markdown, Path html) {}
