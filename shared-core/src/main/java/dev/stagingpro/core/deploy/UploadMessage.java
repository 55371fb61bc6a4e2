package dev.stagingpro.core.deploy;

import dev.stagingpro.core.store.model.JobMessage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error or warning of a theme upload job (e.g. {@code TR-601}), with the theme file its text
 * names, so faces can point at the file (a PR annotation) and reports can list it.
 */
public record UploadMessage(boolean error, Optional<String> code, String message, Optional<String> file) {
  /** A path inside a theme: folders with '/', ending in an extension themes use. */
  private static final Pattern THEME_FILE = Pattern.compile(
      "(?<![\\w./-])((?:[\\w@.-]+/)*[\\w@.-]+\\.(?:html|json|scss|sass|css|js|mjs|map|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|otf|eot|txt|md|yml|yaml))(?![\\w/])",
      Pattern.CASE_INSENSITIVE);

  public static UploadMessage of(JobMessage job, boolean error) {
    String code = error ? job.error() : job.warning();
    String text = job.message() == null ? "" : job.message();
    return new UploadMessage(error, Optional.ofNullable(code).filter(c -> !c.isBlank()), text, fileIn(text));
  }

  static Optional<String> fileIn(String text) {
    Matcher m = THEME_FILE.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Compiler style, file first: "templates/pages/x.txt: TR-601: Invalid file extension templates/pages/x.txt". */
  public String describe() {
    return file.map(f -> f + ": ").orElse("") + code.map(c -> c + ": ").orElse("") + message;
  }
}
