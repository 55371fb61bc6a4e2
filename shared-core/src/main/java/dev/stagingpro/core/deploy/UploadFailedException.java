package dev.stagingpro.core.deploy;

import dev.stagingpro.core.StagingProException;
import java.util.List;

/**
 * A theme upload job the store failed, with each error (TR code and the file it names) and the
 * warnings, so faces and reports can list them.
 */
public final class UploadFailedException extends StagingProException {
  private final List<UploadMessage> errors;
  private final List<UploadMessage> warnings;

  UploadFailedException(String environment, String jobId, List<UploadMessage> errors, List<UploadMessage> warnings, int attempts) {
    super("Theme upload job " + jobId + " on '" + environment + "' failed" + (attempts > 1 ? " (attempt " + attempts + ")" : "")
        + ": " + ThemeUploader.describe(errors), EXIT_WORK_FAILED);
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  public List<UploadMessage> errors() {
    return errors;
  }

  public List<UploadMessage> warnings() {
    return warnings;
  }
}
