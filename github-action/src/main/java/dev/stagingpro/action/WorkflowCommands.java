package dev.stagingpro.action;

import dev.stagingpro.core.secret.SecretMasker;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the job log: plain lines and GitHub workflow commands ({@code ::error file=…::},
 * {@code ::add-mask::}, groups). Everything except the mask command itself passes through the
 * {@link SecretMasker} first, so a secret the runner has not masked yet still never shows.
 */
final class WorkflowCommands {
  /** Where an annotation points; {@code file} is relative to the repository root. */
  record Location(String file, int line, int column) {
    static final Location NONE = new Location(null, 0, 0);
  }

  private final PrintStream out;
  private final SecretMasker masker;

  WorkflowCommands(PrintStream out, SecretMasker masker) {
    this.out = out;
    this.masker = masker;
  }

  /** Tells the runner to hide {@code value}; each line separately, as the runner masks line by line. */
  void addMask(String value) {
    for (String line : value.split("\\R")) {
      if (!line.isBlank()) {
        out.println("::add-mask::" + escapeData(line));
      }
    }
    out.flush();
  }

  void line(String text) {
    out.println(masker.mask(text));
    out.flush();
  }

  void error(String message, Location at, String title) {
    command("error", message, at, title);
  }

  void warning(String message, Location at, String title) {
    command("warning", message, at, title);
  }

  void notice(String message) {
    command("notice", message, Location.NONE, null);
  }

  void group(String title) {
    line("::group::" + escapeData(title));
  }

  void endGroup() {
    line("::endgroup::");
  }

  private void command(String kind, String message, Location at, String title) {
    List<String> properties = new ArrayList<>();
    if (at.file() != null) {
      properties.add("file=" + escapeProperty(at.file()));
      if (at.line() > 0) {
        properties.add("line=" + at.line());
        if (at.column() > 0) {
          properties.add("col=" + at.column());
        }
      }
    }
    if (title != null) {
      properties.add("title=" + escapeProperty(masker.mask(title)));
    }
    String props = properties.isEmpty() ? "" : " " + String.join(",", properties);
    out.println("::" + kind + props + "::" + escapeData(masker.mask(message)));
    out.flush();
  }

  /** The runner's escaping for a command's message. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The runner's escaping for a property value, which also ends at ':' and ','. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
