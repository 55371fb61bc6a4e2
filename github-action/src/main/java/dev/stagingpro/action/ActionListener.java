package dev.stagingpro.action;

import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns core progress into the job log: information as lines, warnings and errors as annotations
 * (on the file and line when the event points into the repository), progress at most once per
 * tenth so long runs stay readable. Warnings and errors are also kept for the run's report.
 */
final class ActionListener implements ProgressListener {
  private final WorkflowCommands commands;
  private final RepoLocations locations;
  private final Map<String, Long> lastTenth = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  ActionListener(WorkflowCommands commands, RepoLocations locations) {
    this.commands = commands;
    this.locations = locations;
  }

  @Override
  public void onEvent(ProgressEvent event) {
    WorkflowCommands.Location at = locations.at(event.file(), event.line(), 0);
    switch (event.kind()) {
      case INFO -> commands.line(event.message());
      case WARNING -> {
        commands.warning(event.message(), at, "StagingPro");
        problems.add("warning: " + located(event, at));
      }
      case ERROR -> {
        commands.error(event.message(), at, "StagingPro");
        problems.add("error: " + located(event, at));
      }
      case PROGRESS -> progress(event);
    }
  }

  /** The warnings and errors reported since the last call, for the step that just ran. */
  List<String> takeProblems() {
    List<String> taken = List.copyOf(problems);
    problems.clear();
    return taken;
  }

  private void progress(ProgressEvent event) {
    // with an unknown total, once per hundred items
    long tenth = event.total() > 0 ? event.done() * 10 / event.total() : event.done() / 100;
    Long previous = lastTenth.put(event.message(), tenth);
    if (previous == null || previous != tenth) {
      String of = event.total() > 0 ? "/" + event.total() : "";
      commands.line(event.message() + ": " + event.done() + of);
    }
  }

  private static String located(ProgressEvent event, WorkflowCommands.Location at) {
    if (at.file() == null) {
      return event.message();
    }
    return at.file() + (at.line() > 0 ? ":" + at.line() : "") + ": " + event.message();
  }
}
