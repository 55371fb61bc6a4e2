package dev.stagingpro.core.notify;

import dev.stagingpro.core.manifest.NotificationSpec.Event;
import dev.stagingpro.core.report.RecordFailure;
import dev.stagingpro.core.report.ReportText;
import dev.stagingpro.core.report.RunReport;
import dev.stagingpro.core.report.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every notification says, before it is shaped for Slack, Teams or e-mail: what ran, where,
 * from which commit, the result and counts, and links to the CI run, the preview and the report.
 * It carries counts only, never record keys or store messages, so no customer data reaches a chat.
 */
public record NotificationMessage(Event event, RunResult result, String title, String summary, List<Fact> facts,
    List<Link> links) {

  public NotificationMessage {
    facts = List.copyOf(facts);
    links = List.copyOf(links);
  }

  public record Fact(String label, String value) {}

  /** A link a person can open; only http(s) URLs become links. */
  public record Link(String label, String url) {}

  /** Describes {@code report} (already masked) for {@code event}; {@code reportLink} is where the report can be opened. */
  public static NotificationMessage describe(Event event, RunReport report, Optional<String> reportLink) {
    String verb = event == Event.START ? "started" : ReportText.result(report.result());
    String title = (event == Event.ROLLBACK && !isRollbackOperation(report) ? "Rollback: " : "")
        + ReportText.what(report) + " " + verb;

    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Environment", ReportText.environments(report)));
    report.commit().ifPresent(c -> facts.add(new Fact("Commit", ReportText.commit(c))));
    report.ciActor().ifPresent(a -> facts.add(new Fact("Started by", a)));
    facts.add(new Fact("Result", report.result().name()));
    if (event != Event.START) {
      report.duration().ifPresent(d -> facts.add(new Fact("Duration", ReportText.duration(d))));
      facts.add(new Fact("Changes", ReportText.counts(report.totals())));
    }
    if (!report.failures().isEmpty()) {
      facts.add(new Fact("Failures", report.failures().size() + " " + failedEntities(report)));
    }
    report.themeId().ifPresent(t -> facts.add(new Fact("Theme", t)));
    facts.add(new Fact("Run", report.runId()));

    List<Link> links = new ArrayList<>();
    report.ciRunUrl().ifPresent(u -> addLink(links, facts, "CI run", u));
    report.previewUrl().ifPresent(u -> addLink(links, facts, "Preview", u));
    reportLink.ifPresent(u -> addLink(links, facts, "Report", u));
    return new NotificationMessage(event, report.result(), title, report.message(), facts, links);
  }

  /** Title, summary, facts and links as plain lines: Slack's fallback text and the e-mail's text part. */
  public String plainText() {
    StringBuilder text = new StringBuilder(title).append('\n');
    if (!summary.isBlank()) {
      text.append(summary).append('\n');
    }
    text.append('\n');
    facts.forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
    if (!links.isEmpty()) {
      text.append('\n');
      links.forEach(l -> text.append(l.label()).append(": ").append(l.url()).append('\n'));
    }
    return text.toString();
  }

  private static boolean isRollbackOperation(RunReport report) {
    return switch (report.operation()) {
      case ROLLBACK, RESTORE -> true;
      default -> false;
    };
  }

  private static String failedEntities(RunReport report) {
    return report.failures().stream().map(RecordFailure::entity).distinct()
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** A link that is not a web URL (e.g. a report path on the CI agent) is shown as a fact instead. */
  private static void addLink(List<Link> links, List<Fact> facts, String label, String url) {
    if (ReportText.isWebUrl(url)) {
      links.add(new Link(label, url));
    } else {
      facts.add(new Fact(label, url));
    }
  }
}
