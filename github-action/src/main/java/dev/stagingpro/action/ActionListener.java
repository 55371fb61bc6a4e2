package dev.stagingpro.action;

import dev.stagingpro.core.ci.LogMasker;
import dev.stagingpro.core.ci.ProgressLog;
import dev.stagingpro.core.event.ProgressEvent;
import dev.stagingpro.core.event.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns core progress into the job log: information as lines, warnings and errors as annotations
 * (on the file and line when the event points into the repository), progress thinned out as on
 * every CI face ({@link ProgressLog}). Warnings and errors are also kept for the run's report.
 */
final class ActionListener implements ProgressListener {
  private final WorkflowCommands commands;
  private final RepoLocations locations;
  private final ProgressLog progress;
  private final List<String> problems = new ArrayList<>();

  ActionListener(WorkflowCommands commands, RepoLocations locations) {
    this.commands = commands;
    this.locations = locations;
    this.progress = new ProgressLog(new LogMasker(commands::line));
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
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
      case PROGRESS -> progress.onEvent(event);
    }
  }

  /** The warnings and errors reported since the last call, for the step that just ran. */
  synchronized List<String> takeProblems() {
    List<String> taken = List.copyOf(problems);
    problems.clear();
    return taken;
  }

  private static String located(ProgressEvent event, WorkflowCommands.Location at) {
    if (at.file() == null) {
      return event.message();
    }
    return at.file() + (at.line() > 0 ? ":" + at.line() : "") + ": " + event.message();
  }
}
